package io.taskdeck.core.definitions;

import io.taskdeck.core.ValidationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A definitions file that cannot be applied: every problem found, in file order; nothing was
 * applied.
 */
public final class DefinitionsException extends ValidationException {
  private final List<DefinitionsProblem> problems;

  public DefinitionsException(List<DefinitionsProblem> problems) {
    this(inFileOrder(problems), true);
  }

  private DefinitionsException(List<DefinitionsProblem> sorted, boolean inOrder) {
    super(first(sorted).field(), summary(sorted));
    this.problems = sorted;
  }

  private static List<DefinitionsProblem> inFileOrder(List<DefinitionsProblem> problems) {
    return problems.stream()
        .sorted(
            Comparator.comparingInt(DefinitionsProblem::line)
                .thenComparingInt(DefinitionsProblem::column))
        .toList();
  }

  public List<DefinitionsProblem> problems() {
    return problems;
  }

  private static DefinitionsProblem first(List<DefinitionsProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a definitions error needs at least one problem");
    }
    return problems.get(0);
  }

  private static String summary(List<DefinitionsProblem> problems) {
    String head =
        problems.size() == 1
            ? "1 error in the definitions"
            : problems.size() + " errors in the definitions";
    return problems.stream()
        .map(DefinitionsProblem::describe)
        .collect(Collectors.joining("; ", head + ", nothing applied: ", ""));
  }
}
