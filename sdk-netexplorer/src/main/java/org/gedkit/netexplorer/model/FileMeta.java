package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Document metadata of a file (seed line 66).
 *
 * @param author author (wire {@code author}); never null, empty when the server omits it
 * @param creator software that created it (wire {@code creator}); never null, empty when the server omits it
 * @param date last edit date, free text as the indexer reports it (e.g. Sun Sep 1 00:00:00 2013) (wire {@code date}); never null, empty when the server omits it
 * @param keywords keywords (wire {@code keywords}); never null, empty when the server omits it
 * @param pages number of pages (wire {@code pages}); never null, empty when the server omits it
 * @param producer software that produced the file (wire {@code producer}); never null, empty when the server omits it
 * @param subject subject (wire {@code subject}); never null, empty when the server omits it
 * @param title title (wire {@code title}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record FileMeta(
    @JsonProperty("author") Optional<String> author,
    @JsonProperty("creator") Optional<String> creator,
    @JsonProperty("date") Optional<String> date,
    @JsonProperty("keywords") Optional<String> keywords,
    @JsonProperty("pages") Optional<Integer> pages,
    @JsonProperty("producer") Optional<String> producer,
    @JsonProperty("subject") Optional<String> subject,
    @JsonProperty("title") Optional<String> title,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param author author (wire {@code author}); never null, empty when the server omits it
   * @param creator software that created it (wire {@code creator}); never null, empty when the server omits it
   * @param date last edit date, free text as the indexer reports it (e.g. Sun Sep 1 00:00:00 2013) (wire {@code date}); never null, empty when the server omits it
   * @param keywords keywords (wire {@code keywords}); never null, empty when the server omits it
   * @param pages number of pages (wire {@code pages}); never null, empty when the server omits it
   * @param producer software that produced the file (wire {@code producer}); never null, empty when the server omits it
   * @param subject subject (wire {@code subject}); never null, empty when the server omits it
   * @param title title (wire {@code title}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public FileMeta {
    author = Norm.opt(author);
    creator = Norm.opt(creator);
    date = Norm.opt(date);
    keywords = Norm.opt(keywords);
    pages = Norm.opt(pages);
    producer = Norm.opt(producer);
    subject = Norm.opt(subject);
    title = Norm.opt(title);
    extra = ExtraFields.copyOf(extra);
  }
}
