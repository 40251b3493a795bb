package io.taskdeck.store;

/** Who claims: a node id and the incarnation (process start epoch) of that node. */
public record NodeClaim(String nodeId, long incarnation) {}
