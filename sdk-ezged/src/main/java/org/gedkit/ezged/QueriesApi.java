package org.gedkit.ezged;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.RowsReply;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.GlobalSearchResult;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.SearchFamily;
import org.gedkit.ezged.model.SearchHit;
import org.gedkit.ezged.model.ViewNode;
import org.gedkit.ezged.model.ViewTree;

/**
 * Views and queries (document sections "Lister les vues de l'utilisateur", "Afficher les résultats d'une vue",
 * "Rechercher sur une Vue", "Recherche Globale"). Thread-safe.
 */
public final class QueriesApi {

  private final EzGedContext ctx;

  QueriesApi(EzGedContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The tree of views the user can open ({@code query/gettreearchive}).
   *
   * @return the tree; never null
   * @throws GedkitException on failure
   */
  public ViewTree tree() {
    return fetchTree(Wire.serviceGet(Wire.TREE).build());
  }

  /**
   * One level or node of the view tree ({@code query/gettreearchive} with {@code depth} and {@code node}, as
   * clients in the field send them; not in the document).
   *
   * @param depth what to expand: the views or the folders below the node
   * @param node the node to expand, e.g. {@code root}
   * @return the tree below that node; never null
   * @throws InvalidArgumentException when {@code depth} is null or {@code node} blank
   * @throws GedkitException on failure
   */
  public ViewTree tree(TreeDepth depth, String node) {
    if (depth == null) {
      throw ctx.invalid(Wire.TREE, "depth must not be null");
    }
    return tree(depth.wire(), node);
  }

  /**
   * One level or node of the view tree, with {@code depth} as text (for values other than {@link TreeDepth}'s, should
   * a server know more).
   *
   * @param depth {@code query} or {@code treenode}
   * @param node the node to expand, e.g. {@code root}
   * @return the tree below that node; never null
   * @throws InvalidArgumentException when an argument is blank
   * @throws GedkitException on failure
   */
  public ViewTree tree(String depth, String node) {
    ctx.requireText(Wire.TREE, "depth", depth);
    ctx.requireText(Wire.TREE, "node", node);
    return fetchTree(Wire.serviceGet(Wire.TREE).query("depth", depth).query("node", node).build());
  }

  private ViewTree fetchTree(ApiRequest req) {
    return ctx.transport().execute(req, r -> {
      List<ViewNode> roots = new ArrayList<>();
      for (JsonNode n : Envelope.read(r).rowList()) {
        roots.add(node(n));
      }
      return new ViewTree(roots);
    });
  }

  private static ViewNode node(JsonNode n) {
    Map<String, Object> cols = Wire.columns(n);
    cols.remove("rows");
    Row row = new Row(cols);
    String type = row.string("type").orElse("");
    String label = row.string("label").or(() -> row.string("QRY_DESC")).or(() -> row.string("QRYSET_DESC")).orElse("");
    OptionalLong id = "family".equals(type) ? row.longValue("QRYSET_ID")
        : row.has("QRY_ID") ? row.longValue("QRY_ID") : row.longValue("QRYSET_ID");
    List<ViewNode> children = new ArrayList<>();
    JsonNode rows = n.get("rows");
    if (rows != null && rows.isArray()) {
      rows.forEach(c -> children.add(node(c)));
    }
    return new ViewNode(type, label, id, children, cols);
  }

  /**
   * Runs a view with the default options (20 rows a request).
   *
   * @param queryId the view ({@code QRY_ID})
   * @return the rows, fetched lazily page by page; never null
   * @throws InvalidArgumentException when the id is not positive
   * @see #exec(long, ExecOptions)
   */
  public PagedIterable<Row> exec(long queryId) {
    return exec(queryId, ExecOptions.defaults());
  }

  /**
   * Runs a view ({@code query/getexec}), paging with {@code limitstart}/{@code limitgridlines}, optionally filtered
   * ({@link QueryFilter}) and sorted. Nothing is sent before iteration; each page is one request, so memory stays
   * flat however many rows the view has. {@code totalCount()} is the reply {@code count} when it is a total.
   *
   * @param queryId the view ({@code QRY_ID})
   * @param options page size, filter, sort
   * @return the rows; never null
   * @throws InvalidArgumentException when the id is not positive or options is null
   */
  public PagedIterable<Row> exec(long queryId, ExecOptions options) {
    ctx.requirePositive(Wire.EXEC, "queryId", queryId);
    ExecOptions o = ctx.requireNonNull(Wire.EXEC, "options", options);
    return PagedIterable.offsetBased(ctx.details(Wire.EXEC), o.pageSize(), page -> {
      ApiRequest.Builder b = Wire.serviceGet(Wire.EXEC).query("qryid", queryId);
      o.filter().ifPresent(f -> f.toParameters().forEach(b::query));
      o.orderField().ifPresent(f -> b.query("qryusrorderfld", f).query("qryusrorderdirection", o.orderDirection()));
      if (o.ignoreMasked()) {
        b.query("ignoremasked", 1);
      }
      b.query("limitstart", page.offset()).query("limitgridlines", page.limit());
      return ctx.transport().execute(b.build(), r -> {
        // streamed: no JSON tree, and each row adopts the map built for it
        RowsReply e = RowsReply.read(r);
        List<Row> rows = e.rows();
        OptionalLong count = e.count();
        // count is a total on getexec, but a few services use it for other things: trust it only when it cannot
        // be a per-page count
        if (count.isPresent() && count.getAsLong() >= page.offset() + rows.size()
            && (count.getAsLong() > rows.size() || rows.size() < page.limit())) {
          return Page.of(rows, count.getAsLong());
        }
        return Page.of(rows);
      });
    });
  }

  /**
   * Searches every view for words ({@code query/globalsearch_v3}) with the default options (100 lines).
   *
   * @param words at least one word
   * @return the families and their hits; never null
   * @throws InvalidArgumentException when words is empty or holds a blank word
   */
  public GlobalSearchResult globalSearch(List<String> words) {
    return globalSearch(words, GlobalSearchOptions.defaults());
  }

  /**
   * Searches every view for words ({@code query/globalsearch_v3}). The reply has no paging parameter: it holds at
   * most {@code maxLines} lines, each {@code gsearch} line belonging to the {@code family} line before it.
   *
   * @param words at least one word, sent as a JSON list
   * @param options lines and filter mode
   * @return the families and their hits; never null
   * @throws InvalidArgumentException when words is empty or holds a blank word
   */
  public GlobalSearchResult globalSearch(List<String> words, GlobalSearchOptions options) {
    ctx.requireNonNull(Wire.GLOBAL_SEARCH, "words", words);
    GlobalSearchOptions o = ctx.requireNonNull(Wire.GLOBAL_SEARCH, "options", options);
    if (words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isBlank())) {
      throw ctx.invalid(Wire.GLOBAL_SEARCH, "words must hold at least one word and no blank word");
    }
    ApiRequest.Builder b = Wire.serviceGet(Wire.GLOBAL_SEARCH).query("word", Wire.jsonList(words));
    if (o.userFilterOnly()) {
      b.query("usrfltmode", 1);
    }
    b.query("gridlines", o.maxLines());
    return ctx.transport().execute(b.build(), r -> {
      RowsReply e = RowsReply.read(r);
      List<SearchFamily> families = new ArrayList<>();
      Row family = null;
      List<SearchHit> hits = new ArrayList<>();
      for (Row row : e.rows()) {
        String type = row.type().orElse("");
        if ("family".equals(type)) {
          if (family != null) {
            families.add(SearchFamily.of(family, hits));
          }
          family = row;
          hits = new ArrayList<>();
        } else if ("gsearch".equals(type)) {
          if (family == null) {
            family = new Row(Map.of("type", "family"));
          }
          hits.add(SearchHit.of(row));
        }
      }
      if (family != null) {
        families.add(SearchFamily.of(family, hits));
      }
      return new GlobalSearchResult(families, e.count());
    });
  }
}
