package io.taskdeck.ui.dashboard;

import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.dashboard.ExecutionStats.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * Executions per minute over the last hour, stacked by outcome; an empty state when there were
 * none.
 */
final class ExecutionsChart {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final Formats formats;
  private final NumberAxis x = new NumberAxis(0, ExecutionStats.MINUTES - 1, 10);
  private final NumberAxis y = new NumberAxis();
  private final StackedAreaChart<Number, Number> chart = new StackedAreaChart<>(x, y);
  private final Node empty =
      EmptyState.of(
          Icons.DASHBOARD,
          "No executions in the last hour",
          "Each minute's finished attempts appear here, split into succeeded, failed, retried and missed.");
  private final StackPane root = new StackPane(chart, empty);
  private Instant first = Instant.EPOCH;

  ExecutionsChart(Formats formats) {
    this.formats = formats;
    chart.setId("executionsChart");
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setMinHeight(220);
    chart.setPrefHeight(300);
    y.setLabel("attempts per minute");
    y.setAutoRanging(false);
    y.setLowerBound(0);
    y.setMinorTickVisible(false);
    x.setMinorTickVisible(false);
    x.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number minute) {
            return HH_MM.format(
                first.plus(Duration.ofMinutes(minute.longValue())).atZone(formats.zone()));
          }

          @Override
          public Number fromString(String s) {
            throw new UnsupportedOperationException("axis labels are not parsed");
          }
        });
    empty.setVisible(false);
  }

  Node node() {
    return root;
  }

  void show(ExecutionStats stats, Instant now) {
    first =
        now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(ExecutionStats.MINUTES - 1));
    chart.getData().clear();
    int peak = 0;
    int[] totals = new int[ExecutionStats.MINUTES];
    for (Outcome o : Outcome.values()) {
      XYChart.Series<Number, Number> series = new XYChart.Series<>();
      series.setName(name(o));
      int[] counts = stats.counts(o);
      for (int i = 0; i < counts.length; i++) {
        series.getData().add(new XYChart.Data<>(i, counts[i]));
        totals[i] += counts[i];
        peak = Math.max(peak, totals[i]);
      }
      chart.getData().add(series);
    }
    int unit = Math.max(1, (int) Math.ceil(peak / 5.0));
    y.setTickUnit(unit);
    y.setUpperBound(Math.max(unit * 5, peak));
    // relabel the time axis for the new hour
    x.setTickLabelFormatter(x.getTickLabelFormatter());
    empty.setVisible(peak == 0);
    chart.setOpacity(peak > 0 ? 1 : 0.35);
  }

  private static String name(Outcome o) {
    return switch (o) {
      case SUCCESS -> "Succeeded";
      case FAILED -> "Failed";
      case RETRIED -> "Retried";
      case MISSED -> "Missed";
    };
  }
}
