"""What operators watch, in Prometheus' format: one registry per application (so tests and
several bots in one process never share counters)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "briefbot_updates", "Updates handled, by kind", ["kind"], registry=self.registry
        )
        self.answer_seconds = Histogram(
            "briefbot_answer_seconds",
            "Time the engine takes to answer one question",
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
            registry=self.registry,
        )
        self.messages = Counter(
            "briefbot_outbox_messages",
            "Digests, alerts and broadcasts delivered or not, by kind and outcome",
            ["kind", "outcome"],
            registry=self.registry,
        )
        self.subscriptions_stopped = Counter(
            "briefbot_subscriptions_stopped",
            "Subscriptions the bot had to stop, by reason (e.g. an unusable time zone)",
            ["reason"],
            registry=self.registry,
        )
        self.subscribers = Gauge(
            "briefbot_subscribers", "Active subscriptions", registry=self.registry
        )
        self.kb_articles = Gauge(
            "briefbot_kb_articles", "Articles in the live knowledge base", registry=self.registry
        )
        self.kb_as_of = Gauge(
            "briefbot_kb_as_of_timestamp_seconds",
            "First day of the newest publication date in the knowledge base (Unix time)",
            registry=self.registry,
        )
