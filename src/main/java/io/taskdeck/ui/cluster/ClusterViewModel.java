package io.taskdeck.ui.cluster;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The cluster's nodes, polled every {@link #POLL} while the view is shown. */
public final class ClusterViewModel {
  static final Duration POLL = Duration.ofSeconds(3);

  private final TaskService service;
  private final UiExecutor executor;
  private final Clock clock;
  private final ObservableList<ClusterNode> nodes = FXCollections.observableArrayList();
  private final StringProperty thisNode = new SimpleStringProperty();
  private final StringProperty warning = new SimpleStringProperty();
  private final StringProperty error = new SimpleStringProperty();
  private final ObjectProperty<Instant> updatedAt = new SimpleObjectProperty<>();
  private UiExecutor.Cancellable nextPoll;
  private boolean running;

  public ClusterViewModel(TaskService service, UiExecutor executor, Clock clock) {
    this.service = service;
    this.executor = executor;
    this.clock = clock;
  }

  /** Loads now and every {@link #POLL} until {@link #stop()}. Starting twice is harmless. */
  public void start() {
    if (running) {
      return;
    }
    running = true;
    poll();
  }

  public void stop() {
    running = false;
    if (nextPoll != null) {
      nextPoll.cancel();
      nextPoll = null;
    }
  }

  private void poll() {
    if (!running) {
      return;
    }
    refresh();
    nextPoll = executor.schedule(POLL, this::poll);
  }

  public void refresh() {
    executor.submit(
        () -> new Loaded(service.info().nodeId(), service.clusterNodes()),
        this::apply,
        e -> error.set("Could not read the cluster's nodes: " + e.getMessage()));
  }

  private record Loaded(String self, List<ClusterNode> nodes) {}

  private void apply(Loaded loaded) {
    error.set(null);
    thisNode.set(loaded.self());
    nodes.setAll(loaded.nodes());
    updatedAt.set(clock.instant());
    warning.set(warningFor(loaded.nodes()));
  }

  /** A sentence about stale or clock-skewed nodes, or null when every node is healthy. */
  static String warningFor(List<ClusterNode> nodes) {
    String stale = names(nodes, ClusterNode.Health.STALE);
    String skewed = names(nodes, ClusterNode.Health.CLOCK_SKEWED);
    StringBuilder text = new StringBuilder();
    if (!stale.isEmpty()) {
      text.append("Stale: ")
          .append(stale)
          .append(
              " missed its check-ins. If it has crashed, another node "
                  + "recovers its running attempts and runs them again; a sleeping laptop that wakes up would then "
                  + "run them twice. Nodes that stay away drop out of this list once Quartz clears them.");
    }
    if (!skewed.isEmpty()) {
      text.append(text.isEmpty() ? "" : "\n")
          .append("Clock skewed: ")
          .append(skewed)
          .append(
              " reports check-ins ahead of the database clock. Sync its clock (NTP): skew makes "
                  + "other nodes declare it dead or fire its triggers at the wrong time.");
    }
    return text.isEmpty() ? null : text.toString();
  }

  private static String names(List<ClusterNode> nodes, ClusterNode.Health health) {
    return nodes.stream()
        .filter(n -> n.health() == health)
        .map(ClusterNode::nodeId)
        .collect(Collectors.joining(", "));
  }

  /** "4 s ago", "3 min ago"; an em dash without a check-in. */
  public String age(ClusterNode node) {
    if (node.lastCheckin() == null) {
      return "—";
    }
    Duration d = Duration.between(node.lastCheckin(), clock.instant());
    if (d.isNegative()) {
      return "in " + shortText(d.negated());
    }
    return shortText(d) + " ago";
  }

  private static String shortText(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }

  public ObservableList<ClusterNode> nodes() {
    return nodes;
  }

  public StringProperty thisNodeProperty() {
    return thisNode;
  }

  public StringProperty warningProperty() {
    return warning;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public ObjectProperty<Instant> updatedAtProperty() {
    return updatedAt;
  }
}
