package io.taskdeck.bench;

import java.time.Instant;

/**
 * One task the recurring scenario created.
 *
 * @param id its id as the execution log shows it
 * @param anchor its first occurrence (its {@code start_at})
 * @param createdBy when the bulk call that created it returned: the engine owes it no occurrence
 *     before then (one due while the call ran may or may not run, and is not counted)
 */
record RecurringTask(String id, Instant anchor, Instant createdBy) {}
