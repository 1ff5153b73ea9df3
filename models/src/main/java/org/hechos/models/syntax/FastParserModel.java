package org.hechos.models.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained weights of {@link FastParser}: tagger, parser and labeler tables and the relation
 * names, stored gzipped as {@value #FORMAT} followed by the labels and the three tables.
 */
record FastParserModel(WeightTable tagger, WeightTable parser, WeightTable labeler, List<String> labels) {

  static final String FORMAT = "hechos fast parser 1";

  FastParserModel {
    labels = List.copyOf(labels);
  }

  void write(OutputStream stream) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(stream)))) {
      out.writeUTF(FORMAT);
      out.writeInt(labels.size());
      for (String label : labels) {
        out.writeUTF(label);
      }
      tagger.write(out);
      parser.write(out);
      labeler.write(out);
    }
  }

  static FastParserModel read(InputStream stream, String name) throws IOException {
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(stream), 1 << 16))) {
      String format = in.readUTF();
      if (!format.equals(FORMAT)) {
        throw new IOException(name + ": format '" + format + "', expected '" + FORMAT + "'");
      }
      int count = in.readInt();
      List<String> labels = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        labels.add(in.readUTF());
      }
      return new FastParserModel(WeightTable.read(in), WeightTable.read(in), WeightTable.read(in), labels);
    }
  }
}
