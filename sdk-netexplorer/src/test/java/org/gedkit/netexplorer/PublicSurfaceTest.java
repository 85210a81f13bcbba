package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.FileOrFolder;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.User;
import org.junit.jupiter.api.Test;

/** The internal package never shows in a public signature; Api classes are final and not constructible. */
class PublicSurfaceTest {

  static final List<Class<?>> PUBLIC = List.of(NetExplorerClient.class, NetExplorerClient.Builder.class,
      AccountApi.class, RootsApi.class, FoldersApi.class, FilesApi.class, UploadsApi.class, DownloadsApi.class,
      TrashApi.class, TokensApi.class, FolderQuery.class, FolderUpdate.class, AccountUpdate.class,
      TransferOptions.class, Folder.class, FileInfo.class, User.class, AccessToken.class, FileOrFolder.class);

  @Test
  void noInternalTypeInPublicSignatures() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : PUBLIC) {
      for (Method m : c.getMethods()) {
        check(leaks, c + "#" + m.getName(), m.getGenericReturnType());
        for (Type p : m.getGenericParameterTypes()) {
          check(leaks, c + "#" + m.getName(), p);
        }
      }
      for (Constructor<?> k : c.getConstructors()) {
        for (Type p : k.getGenericParameterTypes()) {
          check(leaks, c + "#<init>", p);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  static void check(List<String> leaks, String where, Type t) {
    if (t.getTypeName().contains(".internal.")) {
      leaks.add(where + " uses " + t.getTypeName());
    }
  }

  @Test
  void apis_areFinal_withoutPublicConstructors() {
    for (Class<?> c : List.of(AccountApi.class, RootsApi.class, FoldersApi.class, FilesApi.class, UploadsApi.class,
        DownloadsApi.class, TrashApi.class, TokensApi.class, NetExplorerClient.class)) {
      assertThat(Modifier.isFinal(c.getModifiers())).as(c.getName()).isTrue();
      assertThat(c.getConstructors()).as(c.getName()).isEmpty();
    }
  }
}
