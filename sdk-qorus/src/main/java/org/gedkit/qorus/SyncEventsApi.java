package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.SyncEvent;

/**
 * The sync-events group ({@code /api/v2/sync-events}): workflow synchronization events.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#syncEvents()}.
 */
public final class SyncEventsApi {

  private final QorusContext ctx;

  SyncEventsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the workflow synchronization event types.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/sync-events}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> types() {
    return ctx.call("syncEvents.types", "GET", "sync-events")
        .sendList(Object.class);
  }

  /**
   * Searches synchronization events, lazily.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/sync-events?action=events}.
   *
   * @param options the optional arguments; not null (use {@code SyncEventSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<SyncEvent> events(SyncEventSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("syncEvents.events", "options must not be null");
    }
    return ctx.call("syncEvents.events", "GET", "sync-events")
        .action("events")
        .args(options.toArgs())
        .paged(options.pageSize(), SyncEvent.class);
  }

  /**
   * Returns one event type.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/sync-events/{type}}.
   *
   * @param type the {@code {type}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> type(String type) {
    return ctx.call("syncEvents.type", "GET", "sync-events")
        .id("type", type)
        .sendMap();
  }

  /**
   * Searches the events of one type, lazily.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/sync-events/{type}?action=events}.
   *
   * @param type the {@code {type}} path value
   * @param options the optional arguments; not null (use {@code SyncEventSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<SyncEvent> eventsOfType(String type, SyncEventSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("syncEvents.eventsOfType", "options must not be null");
    }
    return ctx.call("syncEvents.eventsOfType", "GET", "sync-events")
        .id("type", type)
        .action("events")
        .args(options.toArgs())
        .paged(options.pageSize(), SyncEvent.class);
  }

  /**
   * Posts an event; true when it was posted now, false when it already was.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/sync-events/{type}?action=post}.
   *
   * @param type the {@code {type}} path value
   * @param eventKey the {@code eventkey} argument
   * @return the flag returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Boolean post(String type, String eventKey) {
    return ctx.call("syncEvents.post", "PUT", "sync-events")
        .id("type", type)
        .action("post")
        .required("eventkey", eventKey)
        .send(Boolean.class);
  }

  /**
   * Returns one event.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/sync-events/{type}/{key}}.
   *
   * @param type the {@code {type}} path value
   * @param key the {@code {key}} path value
   * @return the SyncEvent returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SyncEvent event(String type, String key) {
    return ctx.call("syncEvents.event", "GET", "sync-events")
        .id("type", type)
        .id("key", key)
        .send(SyncEvent.class);
  }

  /**
   * Posts the event with this key; true when it was posted now.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/sync-events/{type}/{key}?action=post}.
   *
   * @param type the {@code {type}} path value
   * @param key the {@code {key}} path value
   * @return the flag returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Boolean postKey(String type, String key) {
    return ctx.call("syncEvents.postKey", "PUT", "sync-events")
        .id("type", type)
        .id("key", key)
        .action("post")
        .send(Boolean.class);
  }
}
