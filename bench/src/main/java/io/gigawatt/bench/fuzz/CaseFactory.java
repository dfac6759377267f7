package io.gigawatt.bench.fuzz;

import java.util.Map;
import java.util.Random;

/**
 * Generates request number {@code index} of a run from the seed alone: the same seed and index give
 * the same request (fixture ids aside), whatever ran before. Each request starts valid for a route
 * and a role, then gets at most one kind of mutation.
 */
final class CaseFactory {
  private static final double[] ROLE_SHARES = {0.15, 0.20, 0.35, 0.30};

  private final long seed;
  private final String run;
  private final Map<Role, String> keys;
  private final Templates templates;
  private final BodyMutations bodies = new BodyMutations();
  private final HeaderMutations headers;
  private final PathMutations paths = new PathMutations();

  CaseFactory(long seed, String run, Map<Role, String> keys, Fixtures fixtures) {
    this.seed = seed;
    this.run = run;
    this.keys = Map.copyOf(keys);
    this.templates = new Templates(fixtures);
    this.headers = new HeaderMutations(run, keys, fixtures);
  }

  /** Who sends request {@code index} (its first draw), without building it. */
  Role role(int index) {
    return role(random(index));
  }

  private Random random(int index) {
    return new Random(seed * 1_000_003L + index * 7_919L);
  }

  FuzzCase generate(int index) {
    Random random = random(index);
    Role role = role(random);
    FuzzRoute route = FuzzRoutes.pick(random);
    int kind = random.nextInt(100);
    if (kind < 3 && index > 0 && route.command()) {
      FuzzCase earlier = generate(index - 1 - random.nextInt(Math.min(index, 40)));
      return new FuzzCase(
          index,
          earlier.route(),
          earlier.role(),
          concat("replay of #" + earlier.index(), earlier),
          earlier.verdict(),
          earlier.request(),
          earlier.httpLevel());
    }
    Draft draft = valid(route, role, random, index);
    if (kind < 25) {
      draft.labels.add("valid");
    } else if (kind < 55) {
      bodies.field(draft, random);
    } else if (kind < 65) {
      bodies.syntax(draft, random);
    } else if (kind < 82) {
      headers.apply(draft, random);
    } else if (kind < 91) {
      paths.path(draft, random);
    } else if (kind < 95) {
      paths.method(draft, random);
    } else {
      headers.authorization(draft, random);
    }
    return build(draft);
  }

  private Draft valid(FuzzRoute route, Role role, Random random, int index) {
    Draft draft = new Draft(index, route, role);
    draft.path = templates.path(route, random);
    draft.query = Templates.query(route, random);
    if (role != Role.ANONYMOUS) {
      draft.header("Authorization", "Bearer " + keys.get(role));
    }
    if (route.body() != null) {
      draft.header("Content-Type", "application/json");
      draft.json(
          Templates.JSON.valueToTree(templates.body(route, draft.path, random, index)).toString());
    }
    if (random.nextInt(3) == 0) {
      draft.header("Accept", route.stream() ? "text/event-stream" : "application/json");
    }
    if (route.command() && random.nextBoolean()) {
      draft.header("Idempotency-Key", HeaderMutations.key(run, index));
    }
    return draft;
  }

  private static FuzzCase build(Draft draft) {
    Verdict verdict = draft.verdict;
    if (draft.judgeBody && draft.route.body() != null) {
      verdict = verdict.and(BodyOracle.judge(draft.body, draft.route.body()));
    }
    FuzzRoute reached = draft.reached;
    if (draft.caller == null || (reached != null && !draft.caller.includes(reached.needs()))) {
      verdict = Verdict.INVALID;
    } else if (reached != null && !reached.settled()) {
      verdict = verdict.and(Verdict.EITHER);
    }
    return new FuzzCase(
        draft.index,
        draft.route,
        draft.role,
        draft.labels,
        verdict,
        draft.request(),
        draft.httpLevel);
  }

  private static Role role(Random random) {
    double roll = random.nextDouble();
    for (int i = 0; i < ROLE_SHARES.length; i++) {
      roll -= ROLE_SHARES[i];
      if (roll < 0) {
        return Role.values()[i];
      }
    }
    return Role.ADMIN;
  }

  private static java.util.List<String> concat(String first, FuzzCase earlier) {
    var labels = new java.util.ArrayList<String>();
    labels.add(first);
    labels.addAll(earlier.labels());
    return labels;
  }
}
