package org.gedkit.it;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The public types of one adapter package, found on the class path. */
final class AdapterClasses {

  private AdapterClasses() {}

  /**
   * The public top-level and nested types directly in a package (not its sub-packages).
   *
   * @param packageName e.g. {@code org.gedkit.ezged}
   * @return the types, sorted by name
   * @throws IOException when the class path cannot be read
   */
  static List<Class<?>> publicTypes(String packageName) throws IOException {
    List<Class<?>> types = new ArrayList<>();
    for (String name : PublicTypesToStringTest.gedkitClassNames()) {
      int dot = name.lastIndexOf('.');
      if (!name.substring(0, dot).equals(packageName)) {
        continue;
      }
      try {
        Class<?> c = Class.forName(name, false, AdapterClasses.class.getClassLoader());
        boolean reachable = true;
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
          reachable &= Modifier.isPublic(k.getModifiers());
        }
        if (reachable) {
          types.add(c);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not loadable here: not part of the checked surface
      }
    }
    return types;
  }
}
