"""Interactive views: buttons only the person who asked may use, removed when they time out.

- `Paginator`: first / previous / next / last over pages of cards, and a 🖼 button that asks
  for the picture of a timeline.
- `ConfirmView`: "do it" / "cancel" before something that cannot be undone (forget).

Views hold no business logic: what a button does is a coroutine the cog passes in.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

import discord

from bot.commands import CommandError
from bot.embeds import answer_privately, to_embed
from bot.render import Card, error_card, notice_card

log = logging.getLogger(__name__)

# Seconds before the buttons of a message go away (module-level so tests may shorten them).
TIMEOUT = 300.0
CONFIRM_TIMEOUT = 60.0
NOT_YOURS = (
    "Only the person who asked can use these buttons — run the command yourself to get your "
    "own copy."
)

Action = Callable[[discord.Interaction], Awaitable[None]]


class OwnedView(discord.ui.View):
    """A view whose buttons answer only `owner_id`; errors become a short private reply."""

    def __init__(self, owner_id: int, timeout: float):
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: discord.Message | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        if isinstance(error, CommandError):
            message = str(error)
        else:
            log.error("button %s failed", getattr(item, "custom_id", item), exc_info=error)
            message = "Something went wrong on my side; the details are in the log."
        await answer_privately(interaction, error_card(message))

    async def _close(self, **changes) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(view=None, **changes)
        except discord.HTTPException:
            log.debug("could not remove the buttons of message %s", self.message.id)


class Paginator(OwnedView):
    """First / previous / next / last over pages of cards, and an optional picture button.

    With a single page the page buttons are left out; without `picture`, the 🖼 button is.
    """

    def __init__(
        self,
        pages: Sequence[Card],
        owner_id: int,
        timeout: float | None = None,
        picture: Action | None = None,
    ):
        super().__init__(owner_id, TIMEOUT if timeout is None else timeout)
        self.pages = list(pages)
        self.index = 0
        self._picture = picture
        if len(self.pages) <= 1:
            for item in (self.first, self.previous, self.counter, self.next, self.last):
                self.remove_item(item)
        if picture is None:
            self.remove_item(self.picture)
        self._update_buttons()

    def _update_buttons(self) -> None:
        last = len(self.pages) - 1
        self.first.disabled = self.previous.disabled = self.index == 0
        self.next.disabled = self.last.disabled = self.index == last
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    def embed(self) -> discord.Embed:
        return to_embed(self.pages[self.index])

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.embed(), view=self)

    @discord.ui.button(label="≪", style=discord.ButtonStyle.secondary, custom_id="page:first")
    async def first(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, 0)

    @discord.ui.button(label="‹", style=discord.ButtonStyle.primary, custom_id="page:previous")
    async def previous(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(
        label="1/1", style=discord.ButtonStyle.secondary, disabled=True, custom_id="page:counter"
    )
    async def counter(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await interaction.response.defer()

    @discord.ui.button(label="›", style=discord.ButtonStyle.primary, custom_id="page:next")
    async def next(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index + 1)

    @discord.ui.button(label="≫", style=discord.ButtonStyle.secondary, custom_id="page:last")
    async def last(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, len(self.pages) - 1)

    @discord.ui.button(
        label="Picture", emoji="🖼️", style=discord.ButtonStyle.success, custom_id="timeline:picture"
    )
    async def picture(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        assert self._picture is not None
        await self._picture(interaction)

    async def on_timeout(self) -> None:
        await self._close()


class ConfirmView(OwnedView):
    """Ask before doing something that cannot be undone; nothing happens on cancel or timeout."""

    def __init__(
        self,
        owner_id: int,
        on_confirm: Action,
        *,
        confirm_label: str = "Yes, do it",
        timeout: float | None = None,
    ):
        super().__init__(owner_id, CONFIRM_TIMEOUT if timeout is None else timeout)
        self._on_confirm = on_confirm
        self.confirm.label = confirm_label

    @discord.ui.button(label="Yes", style=discord.ButtonStyle.danger, custom_id="confirm:yes")
    async def confirm(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        self.stop()
        await self._on_confirm(interaction)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary, custom_id="confirm:no")
    async def cancel(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        self.stop()
        card = notice_card("Cancelled", "Nothing was changed.", 0x718096)
        await interaction.response.edit_message(embed=to_embed(card), view=None)

    async def on_timeout(self) -> None:
        card = notice_card("No answer", "The question timed out; nothing was changed.", 0x718096)
        await self._close(embed=to_embed(card))
