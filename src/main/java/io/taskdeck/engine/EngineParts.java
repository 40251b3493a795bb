package io.taskdeck.engine;

/** The per-engine helpers an attempt uses, bundled to keep constructors short. */
record EngineParts(
    EventHub events, EngineMetrics metrics, RunningAttempts running, PayloadRunner payloads) {}
