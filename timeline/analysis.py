"""The whole understanding of one dispatch: dates, topics, events and summary, in one pass."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.dates import Era, TimeMention, extract_dates, load_eras
from timeline.dispatch import Dispatch
from timeline.events import EventMention, FoldedText, extract_events, main_topics
from timeline.sentences import Sentence, split_sentences
from timeline.summary import pick_lead, summarize_dispatch
from timeline.topics import Gazetteer, TopicMention


@dataclass(frozen=True, slots=True)
class Analysis:
    dispatch: Dispatch
    mentions: list[TimeMention]
    topic_mentions: list[TopicMention]
    topics: list[str]  # the dispatch's main topics, most central first
    sentences: list[Sentence]
    events: list[EventMention]
    summary: list[Sentence]

    def for_storage(self) -> Analysis:
        """The analysis without what storing does not keep (the sentences and each topic
        mention, so `actors` is empty too): lighter to send from a worker process to the
        one that stores. Only for storing."""
        return replace(self, topic_mentions=[], sentences=[])

    @property
    def actors(self) -> list[str]:
        return list(dict.fromkeys(m.actor for m in self.topic_mentions if m.actor))


def analyse(
    dispatch: Dispatch, gazetteer: Gazetteer | None = None, eras: Sequence[Era] | None = None
) -> Analysis:
    """Everything Newsline reads in a dispatch. Pure: no storage, no network."""
    gazetteer = gazetteer or Gazetteer.default()
    eras = load_eras() if eras is None else eras
    text = dispatch.text
    mentions = extract_dates(text, dispatch.published, dispatch.lang, dispatch.body_start, eras)
    header_start = len(text) - len(text.lstrip())
    topic_mentions = gazetteer.find(text, header_start)
    topics = main_topics(dispatch, topic_mentions)
    section_topic = gazetteer.resolve(dispatch.section_en or "") if dispatch.section_en else None
    if section_topic and section_topic not in topics:
        topics.append(section_topic)
    body_topic_mentions = [m for m in topic_mentions if m.start >= dispatch.body_start]
    sentences = split_sentences(text, dispatch.lang, dispatch.body_start)
    folding = FoldedText(text)  # folded once for events and summary alike
    events = extract_events(
        dispatch, sentences, mentions, body_topic_mentions, topics, folding=folding
    )
    topic_starts = sorted(m.start for m in body_topic_mentions)

    def names_a_topic(sentence: Sentence) -> bool:
        index = bisect.bisect_left(topic_starts, sentence.start)
        return index < len(topic_starts) and topic_starts[index] < sentence.end

    return Analysis(
        dispatch=dispatch,
        mentions=mentions,
        topic_mentions=topic_mentions,
        topics=topics,
        sentences=sentences,
        events=events,
        summary=summarize_dispatch(
            sentences, lead=pick_lead(sentences, names_a_topic), folding=folding
        ),
    )
