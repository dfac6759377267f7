package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of one member of a JSON body: a hostile value in its place (chosen by what the member
 * is: number, date, text, ...), the member removed, repeated, renamed, or an unknown one beside it.
 * Whole-body breakage is {@link SyntaxMutations}.
 */
final class BodyMutations {
  private static final String MARK = "\"__fuzz_value__\"";
  private final SyntaxMutations syntax = new SyntaxMutations();

  void field(Draft draft, Random random) {
    if (draft.route.body() == null) {
      syntax.bodyWhereNone(draft, random);
      return;
    }
    ObjectNode tree = (ObjectNode) BodyOracle.parse(draft.body);
    List<List<Object>> paths = new ArrayList<>();
    collect(tree, draft.route.body(), new ArrayList<>(), paths);
    List<Object> path = paths.get(random.nextInt(paths.size()));
    Shape shape = shapeAt(draft.route.body(), path);
    String name = label(path);
    int op = random.nextInt(100);
    if (op < 72) {
      String value = value(shape, random);
      set(tree, path, TextNode.valueOf("__fuzz_value__"));
      draft.json(tree.toString().replace(MARK, value));
      draft.mark("field " + name + " = " + Reproduction.abbreviate(value), Verdict.VALID);
    } else if (op < 82) {
      remove(tree, path);
      draft.json(tree.toString());
      draft.mark("field " + name + " removed", Verdict.VALID);
    } else if (op < 90 && path.get(path.size() - 1) instanceof String member) {
      JsonNode old = get(tree, path);
      String again = value(shape, random);
      set(tree, path, TextNode.valueOf("__fuzz_value__"));
      String text = (old == null ? "null" : old.toString()) + ",\"" + member + "\":" + again;
      draft.json(tree.toString().replace(MARK, text));
      draft.mark("field " + name + " repeated as " + Reproduction.abbreviate(again), Verdict.VALID);
    } else if (op < 95 && path.get(path.size() - 1) instanceof String member) {
      JsonNode old = get(tree, path);
      set(tree, path, TextNode.valueOf("__fuzz_value__"));
      String renamed = Character.toUpperCase(member.charAt(0)) + member.substring(1);
      String text = (old == null ? "null" : old.toString()) + ",\"" + renamed + "\":1";
      draft.json(tree.toString().replace(MARK, text));
      draft.mark("unknown field " + renamed + " beside " + name, Verdict.VALID);
    } else {
      tree.put("unexpected" + random.nextInt(3), random.nextBoolean() ? "x" : "1");
      draft.json(tree.toString());
      draft.mark("unknown top-level field", Verdict.VALID);
    }
  }

  void syntax(Draft draft, Random random) {
    syntax.apply(draft, random);
  }

  /** A hostile value for a member of this shape (null: a member the route does not have). */
  static String value(Shape shape, Random random) {
    boolean specific = random.nextInt(100) < 60;
    if (!specific || shape == null) {
      return Values.pick(Values.ANY, random);
    }
    if (shape instanceof Shape.Decimal || shape instanceof Shape.Whole) {
      return Values.pick(Values.NUMBERS, random);
    }
    if (shape instanceof Shape.Date) {
      return Values.pick(Values.DATES, random);
    }
    if (shape instanceof Shape.Text text) {
      return Values.text(text.max(), random);
    }
    if (shape instanceof Shape.Id) {
      return Values.text(100, random);
    }
    if (shape instanceof Shape.Choice) {
      return Values.pick(Values.CHOICES, random);
    }
    if (shape instanceof Shape.Listed listed) {
      return Values.pick(
          listed.what().equals("country") ? Values.COUNTRIES : Values.GPU_MODELS, random);
    }
    if (shape instanceof Shape.Items items) {
      return list(items, random);
    }
    return random.nextBoolean() ? "{}" : "\"US\"";
  }

  private static String list(Shape.Items items, Random random) {
    if (random.nextInt(3) > 0) {
      return Values.pick(Values.LISTS, random);
    }
    int size = items.max() + 1;
    var out = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      out.append(i == 0 ? "" : ",")
          .append(
              items.item() instanceof Shape.Obj
                  ? "{\"name\":\"p" + i + "\",\"country\":\"US\",\"role\":\"BUYER\"}"
                  : "\"site-" + i + "\"");
    }
    return out.append(']').toString();
  }

  /** Every member path of the body, and the optional members it leaves out. */
  private static void collect(
      JsonNode node, ObjectShape shape, List<Object> at, List<List<Object>> out) {
    for (Map.Entry<String, ObjectShape.Member> member : shape.members().entrySet()) {
      List<Object> path = new ArrayList<>(at);
      path.add(member.getKey());
      out.add(path);
      JsonNode child = node.get(member.getKey());
      Shape memberShape = member.getValue().shape();
      if (child != null && memberShape instanceof Shape.Obj obj) {
        collect(child, obj.shape(), path, out);
      }
      if (child != null && child.isArray() && memberShape instanceof Shape.Items items) {
        for (int i = 0; i < child.size(); i++) {
          List<Object> element = new ArrayList<>(path);
          element.add(i);
          out.add(element);
          if (items.item() instanceof Shape.Obj obj) {
            collect(child.get(i), obj.shape(), element, out);
          }
        }
      }
    }
  }

  static Shape shapeAt(ObjectShape root, List<Object> path) {
    Shape shape = new Shape.Obj(root);
    for (Object step : path) {
      if (step instanceof String name && shape instanceof Shape.Obj obj) {
        ObjectShape.Member member = obj.shape().members().get(name);
        shape = member == null ? null : member.shape();
      } else if (step instanceof Integer && shape instanceof Shape.Items items) {
        shape = items.item();
      } else {
        return null;
      }
    }
    return shape;
  }

  private static JsonNode parent(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path.subList(0, path.size() - 1)) {
      node = step instanceof String name ? node.get(name) : node.get((Integer) step);
    }
    return node;
  }

  private static JsonNode get(JsonNode root, List<Object> path) {
    JsonNode parent = parent(root, path);
    Object last = path.get(path.size() - 1);
    return last instanceof String name ? parent.get(name) : parent.get((Integer) last);
  }

  private static void set(JsonNode root, List<Object> path, JsonNode value) {
    JsonNode parent = parent(root, path);
    Object last = path.get(path.size() - 1);
    if (last instanceof String name) {
      ((ObjectNode) parent).set(name, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
  }

  private static void remove(JsonNode root, List<Object> path) {
    JsonNode parent = parent(root, path);
    Object last = path.get(path.size() - 1);
    if (last instanceof String name) {
      ((ObjectNode) parent).remove(name);
    } else {
      ((ArrayNode) parent).remove((Integer) last);
    }
  }

  private static String label(List<Object> path) {
    var out = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer i) {
        out.append('[').append(i).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.toString();
  }
}
