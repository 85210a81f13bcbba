package org.gedkit.it;

import java.util.List;
import java.util.stream.Stream;

/** Every adapter the cross-adapter suites run against. EzGED, NetExplorer and Qorus join when they land. */
final class Adapters {

  private Adapters() {}

  static List<AdapterUnderTest> all() {
    return List.of(new PhraseanetAdapter(), new ParapheurAdapter(), new NetExplorerAdapter(), new QorusAdapter(),
        new EzGedAdapter());
  }

  static Stream<AdapterUnderTest> stream() {
    return all().stream();
  }
}
