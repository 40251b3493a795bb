package io.taskdeck.store;

import java.time.Instant;

/** A started attempt: its claim and its RUNNING execution row. */
public record Started(Claimed claim, long logId, Instant startedAt) {}
