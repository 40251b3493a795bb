package io.taskdeck.core.definitions;

import io.taskdeck.core.Actor;

/**
 * Task and calendar definitions as code: exported to a file, applied from one. Tasks are keyed by
 * group and name; an apply creates, updates with the engine's edit semantics (an apply never runs a
 * task by itself), and with {@code prune} cancels what the file no longer names.
 */
public interface DefinitionsService {

  /**
   * The live tasks (scheduled, running, retrying, paused), by group and name, and the calendars:
   * all of them, or with {@code group} the group's tasks and the calendars they use. Secret values
   * are masked.
   */
  Definitions export(String group);

  /**
   * Checks every definition first; when any is wrong, throws {@link DefinitionsException} with all
   * problems and changes nothing. Otherwise changes what differs, unless {@code dryRun}.
   *
   * @param prune also cancel the live tasks of the file's groups that the file does not name
   */
  ApplyPlan apply(Definitions definitions, boolean prune, boolean dryRun);

  /**
   * This service acting for {@code actor}: the changes an apply makes are audited under that name.
   */
  default DefinitionsService as(Actor actor) {
    return this;
  }
}
