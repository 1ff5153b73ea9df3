package org.hechos.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hechos.Extraction;
import org.hechos.text.Span;

/**
 * An extraction of a page's text moved onto the page: every {@link Span} in it, at any depth
 * (sentences, tokens, mentions, entities, facts, triggers, contents, edits), replaced by the page
 * range it was read from, and the page as the original text. The result is built of the same
 * record types through their canonical constructors, so a new fact type needs no change here.
 */
final class SpanRemap {

  private final UnaryOperator<Span> map;

  private SpanRemap(UnaryOperator<Span> map) {
    this.map = map;
  }

  static Extraction toPage(Extraction x, String page, HtmlText text) {
    SpanRemap remap = new SpanRemap(text::toPage);
    return new Extraction(page, x.repairedText(), remap.list(x.edits()), remap.list(x.sentences()),
        remap.list(x.entities()), remap.list(x.facts()));
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> list(List<T> values) {
    return (List<T>) remap(values);
  }

  private Object remap(Object value) {
    if (value instanceof Span span) {
      return map.apply(span);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(this::remap).toList();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(this::remap);
    }
    if (value instanceof Record record) {
      return rebuild(record);
    }
    return value;
  }

  /** The record with its components remapped; the record itself if none changed. */
  private Record rebuild(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean changed = false;
    try {
      for (int i = 0; i < components.length; i++) {
        Object value = components[i].getAccessor().invoke(record);
        values[i] = remap(value);
        types[i] = components[i].getType();
        changed |= !values[i].equals(value);
      }
      if (!changed) {
        return record;
      }
      Constructor<? extends Record> canonical = record.getClass().getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new IllegalStateException("cannot move " + record.getClass().getSimpleName() + " onto the page", cause);
    }
  }
}
