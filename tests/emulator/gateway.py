"""The gateway side of the emulator: WebSocket connections, sessions, sequence numbers, RESUME.

A *session* (created by IDENTIFY) owns the event log and the sequence counter; a *connection*
is one WebSocket. A session outlives its connection: events dispatched while no connection is
attached are logged and replayed when the client RESUMEs (events with ``s > seq``, then
RESUMED), as Discord does.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from .models import PRIVILEGED_INTENTS, Intent

if TYPE_CHECKING:
    from .server import DiscordEmulator

log = logging.getLogger(__name__)

HEARTBEAT_INTERVAL_MS = 41250
MAX_LOGGED_EVENTS = 5000

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE_UPDATE = 3
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_GUILD_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

_CLOSE = object()


@dataclass(eq=False)
class Connection:
    """One gateway WebSocket, with a writer task that sends queued frames in order."""

    ws: web.WebSocketResponse
    request: web.Request
    path: str
    session: Session | None = None
    queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)
    writer: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.writer = asyncio.get_running_loop().create_task(self._write())

    def send(self, frame: dict[str, Any]) -> None:
        self.queue.put_nowait(frame)

    def close_after_pending(self, code: int) -> None:
        """Send what is queued, then close with ``code``."""
        self.queue.put_nowait((_CLOSE, code))

    def abort(self) -> None:
        """Drop the TCP connection without a close frame."""
        transport = self.request.transport
        if transport is not None:
            transport.abort()
        if self.writer:
            self.writer.cancel()

    async def _write(self) -> None:
        try:
            while True:
                item = await self.queue.get()
                if isinstance(item, tuple) and item[0] is _CLOSE:
                    await self.ws.close(code=item[1])
                    return
                await self.ws.send_str(json.dumps(item))
        except (ConnectionError, RuntimeError) as exc:
            log.debug("gateway writer stopped: %r", exc)


@dataclass(eq=False)
class Session:
    """A gateway session: id, intents, sequence counter and the log of dispatched events."""

    id: str
    intents: int
    shard: list[int] | None
    seq: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    connection: Connection | None = None
    invalid: bool = False

    def has(self, intent: Intent) -> bool:
        return bool(self.intents & intent)

    def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Log the event with the next sequence number; send it if a connection is attached."""
        self.seq += 1
        frame = {"op": OP_DISPATCH, "t": event, "s": self.seq, "d": data}
        self.events.append(frame)
        del self.events[:-MAX_LOGGED_EVENTS]
        if self.connection is not None:
            self.connection.send(frame)
        return self.seq


class Gateway:
    """Accepts gateway connections for a :class:`DiscordEmulator` and dispatches events."""

    def __init__(self, emulator: DiscordEmulator) -> None:
        self.emulator = emulator
        self.sessions: dict[str, Session] = {}
        self.connections: list[Connection] = []
        self.open = asyncio.Event()
        self.open.set()
        # counters and a readable log of what happened, for assertions
        self.connect_count = 0
        # Tests may shorten the heartbeat (to watch it under load) and read when each came.
        self.heartbeat_interval_ms = HEARTBEAT_INTERVAL_MS
        self.heartbeats: list[float] = []
        self.identify_count = 0
        self.resume_attempts = 0
        self.resume_count = 0  # RESUMEs accepted
        self.replayed_count = 0
        self.history: list[str] = []
        self.resume_paths: list[str] = []
        self.dropped_events: list[str] = []

    # --- the aiohttp handler -------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        await self.open.wait()  # a test may hold new connections (gateway outage)
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        conn = Connection(ws=ws, request=request, path=request.path)
        conn.start()
        self.connections.append(conn)
        self.connect_count += 1
        self._note(f"connect {request.path}")
        conn.send({"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self._received(conn, json.loads(msg.data))
                elif msg.type == WSMsgType.ERROR:
                    break
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._detach(conn, client_code=ws.close_code)
            if conn in self.connections:
                self.connections.remove(conn)
            if conn.writer:
                conn.writer.cancel()
        return ws

    def _received(self, conn: Connection, msg: dict[str, Any]) -> None:
        op, data = msg.get("op"), msg.get("d")
        if op == OP_HEARTBEAT:
            self.heartbeats.append(asyncio.get_running_loop().time())
            conn.send({"op": OP_HEARTBEAT_ACK})
        elif op == OP_IDENTIFY:
            self._identify(conn, data)
        elif op == OP_RESUME:
            self._resume(conn, data)
        elif op == OP_REQUEST_GUILD_MEMBERS:
            self._guild_members(conn, data)
        elif op == OP_PRESENCE_UPDATE:
            self._note("presence update")
        else:
            log.warning("emulator gateway: unhandled op %s: %r", op, msg)

    def _identify(self, conn: Connection, data: dict[str, Any]) -> None:
        emu = self.emulator
        self.identify_count += 1
        if conn.session is not None:
            self._note("identify refused: already authenticated (4005)")
            conn.close_after_pending(4005)
            return
        if data.get("token") != emu.token:
            self._note("identify refused: bad token (4004)")
            conn.close_after_pending(4004)
            return
        intents = int(data.get("intents", 0))
        missing = [
            name
            for bit, name in PRIVILEGED_INTENTS.items()
            if intents & bit and name not in emu.privileged_intents
        ]
        if missing:
            self._note(f"identify refused: privileged intents not enabled {missing} (4014)")
            conn.close_after_pending(4014)
            return
        session = Session(id=secrets.token_hex(16), intents=intents, shard=data.get("shard"))
        self.sessions[session.id] = session
        self._attach(conn, session)
        self._note(f"identify {session.id}")
        ready = {
            "v": 10,
            "user": {**emu.bot_user.payload(), "verified": True, "mfa_enabled": False},
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": f"{emu.ws_base}/resume-gateway",
            "guilds": [{"id": emu.guild.id, "unavailable": True}],
            "application": {"id": emu.application_id, "flags": emu.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "_trace": ["discord-emulator"],
        }
        if session.shard is not None:
            ready["shard"] = session.shard
        session.dispatch("READY", ready)
        guild = emu.guild.payload()
        if not session.has(Intent.GUILD_MEMBERS):
            # without the members intent Discord only sends the bot's own member
            guild["members"] = [m for m in guild["members"] if m["user"]["id"] == emu.bot_user.id]
        session.dispatch("GUILD_CREATE", guild)
        emu.changed()

    def _resume(self, conn: Connection, data: dict[str, Any]) -> None:
        self.resume_attempts += 1
        self.resume_paths.append(conn.path)
        session = self.sessions.get(str(data.get("session_id")))
        seq = data.get("seq") or 0
        oldest = session.events[0]["s"] if session and session.events else 1
        if (
            session is None
            or session.invalid
            or data.get("token") != self.emulator.token
            or seq + 1 < oldest
        ):
            self._note(f"resume refused {data.get('session_id')}: invalid session")
            conn.send({"op": OP_INVALID_SESSION, "d": False})
            self.emulator.changed()
            return
        self.resume_count += 1
        self._attach(conn, session)
        replay = [frame for frame in session.events if frame["s"] > seq]
        for frame in replay:
            conn.send(frame)
        self.replayed_count += len(replay)
        session.dispatch("RESUMED", {"_trace": ["discord-emulator"]})
        self._note(f"resume {session.id} from seq {seq}: replayed {len(replay)}")
        self.emulator.changed()

    def _guild_members(self, conn: Connection, data: dict[str, Any]) -> None:
        """op 8 REQUEST_GUILD_MEMBERS: answer one GUILD_MEMBERS_CHUNK (ids, query, limit)."""
        session = conn.session
        if session is None:
            return
        members = list(self.emulator.guild.members.values())
        user_ids = data.get("user_ids")
        if user_ids is not None:
            wanted = {str(i) for i in (user_ids if isinstance(user_ids, list) else [user_ids])}
            found = [m for m in members if m.user.id in wanted]
            not_found = sorted(wanted - {m.user.id for m in found})
        else:
            query = str(data.get("query") or "").lower()
            found = [m for m in members if m.user.username.lower().startswith(query)]
            not_found = []
            if data.get("limit"):
                found = found[: int(data["limit"])]
        chunk: dict[str, Any] = {
            "guild_id": self.emulator.guild.id,
            "members": [m.payload() for m in found],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": not_found,
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        session.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    def _attach(self, conn: Connection, session: Session) -> None:
        if session.connection is not None and session.connection is not conn:
            old = session.connection
            session.connection = None
            old.session = None
            old.close_after_pending(4000)
        session.connection = conn
        conn.session = session

    def _detach(self, conn: Connection, *, client_code: int | None = None) -> None:
        session = conn.session
        if session is None:
            return
        conn.session = None
        if session.connection is conn:
            session.connection = None
        if client_code in (1000, 1001):
            # a client that closes with 1000/1001 ends its session (Discord does the same)
            session.invalid = True
        self._note(f"disconnect {session.id} (client code {client_code})")
        self.emulator.changed()

    def _note(self, line: str) -> None:
        log.debug("emulator gateway: %s", line)
        self.history.append(line)

    # --- dispatching -------------------------------------------------------------------

    @property
    def live_sessions(self) -> list[Session]:
        return [s for s in self.sessions.values() if not s.invalid]

    @property
    def connected(self) -> bool:
        """True when a live session has a connection attached."""
        return any(s.connection is not None for s in self.live_sessions)

    def broadcast(self, event: str, make_data: Callable[[Session], dict[str, Any] | None]) -> int:
        """Dispatch ``event`` to every live session; ``make_data`` may return None to skip one.

        Returns the number of sessions the event was dispatched to.
        """
        count = 0
        for session in self.live_sessions:
            data = make_data(session)
            if data is not None:
                session.dispatch(event, data)
                count += 1
        if not self.live_sessions:
            log.warning(
                "emulator gateway: %s dropped, no gateway session (bot not running?)", event
            )
            self.dropped_events.append(event)
        return count

    # --- faults ------------------------------------------------------------------------

    def _current(self) -> list[Connection]:
        conns = [s.connection for s in self.live_sessions if s.connection is not None]
        if not conns:
            raise AssertionError("no gateway connection to act on (is the bot running?)")
        return conns

    def close(self, code: int) -> None:
        """Close the current connection(s) with ``code``; the session stays resumable."""
        for conn in self._current():
            self._detach(conn)
            conn.close_after_pending(code)
            self._note(f"server close {code}")

    def drop(self) -> None:
        """Drop the current connection(s) at TCP level (no close frame)."""
        for conn in self._current():
            self._detach(conn)
            conn.abort()
            self._note("server drop")

    def reconnect(self) -> None:
        """Send op 7 RECONNECT; the client closes and RESUMEs."""
        for conn in self._current():
            conn.send({"op": OP_RECONNECT, "d": None})
            self._note("server op 7")

    def invalidate(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION; unless ``resumable`` the session is gone (re-IDENTIFY)."""
        for conn in self._current():
            if not resumable and conn.session is not None:
                conn.session.invalid = True
            conn.send({"op": OP_INVALID_SESSION, "d": resumable})
            self._note(f"server op 9 resumable={resumable}")

    async def shutdown(self) -> None:
        self.open.set()
        for conn in list(self.connections):
            conn.abort()
