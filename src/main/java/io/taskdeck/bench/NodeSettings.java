package io.taskdeck.bench;

/** What a node process needs to join the benchmark's cluster. */
record NodeSettings(String url, String user, String password, String nodeId, int threads) {}
