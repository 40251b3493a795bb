package io.taskdeck.model;

import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The size of a model run, from system properties: {@value #TRIES} (action chains per database; the
 * CI default is the property's own), {@value #SHRINK}{@code =true} (shrink a failing chain: each
 * shrinking step replays a chain in real time, so it is off unless asked for). The chain length is
 * {@link #maxActions()}.
 */
public final class ModelRunSize implements AroundPropertyHook {
  static final String TRIES = "taskdeck.model.tries";
  static final String SHRINK = "taskdeck.model.shrink";
  static final String ACTIONS = "taskdeck.model.actions";

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty(TRIES);
    if (tries != null && !tries.isBlank()) {
      context.attributes().setTries(Integer.valueOf(tries.trim()));
    }
    if (Boolean.getBoolean(SHRINK)) {
      context.attributes().setShrinking(ShrinkingMode.BOUNDED);
    }
    return property.execute();
  }

  @Override
  public int aroundPropertyProximity() {
    return -100; // outermost: before the property starts generating
  }

  /** Actions per chain at most: {@value #ACTIONS}, 12 by default. */
  static int maxActions() {
    return Integer.getInteger(ACTIONS, 12);
  }
}
