package io.gigawatt.importer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The commands that take the ledger from what it holds of a record to what the record says: all of
 * them for a new record, only the differences for one imported before, none when nothing changed.
 * In order: the site, more power, less power, the decommissioning, the contract, its GPUs.
 */
public final class Planner {
  private static final double EPSILON = 1e-6;

  private final RecordFacts facts;
  private final String keyPrefix;
  private final List<LedgerCommand> commands = new ArrayList<>();

  private Planner(RecordFacts facts, String recordKey) {
    this.facts = facts;
    this.keyPrefix = "epoch-gpu-clusters/" + RecordKeys.digest(recordKey) + "/";
  }

  public static List<LedgerCommand> plan(RecordFacts facts, String recordKey, LedgerState now) {
    return new Planner(facts, recordKey).site(now).power(now).contract(now).gpus(now).commands;
  }

  private Planner site(LedgerState now) {
    LedgerState wanted = facts.wanted();
    if (!now.siteExists()) {
      add(CommandKind.ANNOUNCE_SITE, "site", Bodies.site(facts));
    } else if (wanted.plannedMw() > now.plannedMw() + EPSILON) {
      revise(wanted.plannedMw());
    }
    return this;
  }

  private Planner power(LedgerState now) {
    LedgerState wanted = facts.wanted();
    double energized = now.energizedMw();
    double deEnergized = now.deEnergizedMw();
    if (facts.operational() && energized < EPSILON) {
      energized = energize(facts.plannedMw(), energized);
    }
    double more = wanted.energizedNowMw() - (energized - deEnergized);
    if (more > EPSILON) {
      energize(more, energized);
    } else if (more < -EPSILON) {
      LocalDate on = facts.endedOn() != null ? facts.endedOn() : facts.referenceDate();
      deEnergized += -more;
      add(
          CommandKind.DE_ENERGIZE,
          "de-energize/" + plain(deEnergized),
          Bodies.deEnergization(facts, -more, on));
    }
    if (now.siteExists() && wanted.plannedMw() < now.plannedMw() - EPSILON) {
      revise(wanted.plannedMw());
    }
    if (wanted.decommissioned() && !now.decommissioned()) {
      add(CommandKind.DECOMMISSION, "decommission", Bodies.decommissioning(facts));
    }
    return this;
  }

  private double energize(double mw, double energizedBefore) {
    double total = energizedBefore + mw;
    add(CommandKind.ENERGIZE, "energize/" + plain(total), Bodies.energization(facts, mw));
    return total;
  }

  private void revise(double mw) {
    add(CommandKind.REVISE_CAPACITY, "revise/" + plain(mw), Bodies.revision(facts, mw));
  }

  private Planner contract(LedgerState now) {
    if (facts.wanted().contractSigned() && !now.contractSigned()) {
      add(CommandKind.SIGN_CONTRACT, "contract", Bodies.contract(facts));
    }
    return this;
  }

  private Planner gpus(LedgerState now) {
    LedgerState wanted = facts.wanted();
    var models = new TreeSet<>(wanted.delivered().keySet());
    models.addAll(now.delivered().keySet());
    for (String model : models) {
      long delivered = now.delivered(model);
      long retired = now.retired(model);
      if (delivered == 0 && wanted.delivered(model) > 0) {
        delivered = deliver(model, wanted.delivered(model), 0);
      }
      long more = (wanted.delivered(model) - wanted.retired(model)) - (delivered - retired);
      if (more > 0) {
        deliver(model, more, delivered);
      } else if (more < 0) {
        LocalDate on = facts.endedOn() != null ? facts.endedOn() : facts.referenceDate();
        add(
            CommandKind.RETIRE,
            "retire/" + model + "/" + (retired - more),
            Bodies.retirement(facts, model, -more, on));
      }
    }
    return this;
  }

  private long deliver(String model, long count, long deliveredBefore) {
    long total = deliveredBefore + count;
    String step = "deliver/" + model + "/" + total;
    add(CommandKind.DELIVER, step, Bodies.delivery(facts, model, count, keyPrefix + step));
    return total;
  }

  private void add(CommandKind kind, String step, Map<String, Object> body) {
    commands.add(new LedgerCommand(kind, new LinkedHashMap<>(body), keyPrefix + step));
  }

  static String plain(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
