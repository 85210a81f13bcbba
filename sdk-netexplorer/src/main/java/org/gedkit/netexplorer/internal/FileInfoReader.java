package org.gedkit.netexplorer.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.GedkitDates;
import org.gedkit.core.json.ModelCollections;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.FileMeta;
import org.gedkit.netexplorer.model.Lock;
import org.gedkit.netexplorer.model.TimelineEvent;

/**
 * {@link FileInfo} read straight from the parser (a listing of 100 000 files builds 100 000 of them).
 *
 * <p>It is Jackson's own bean deserializer for the record, with a faster loop in front: the value shapes the server
 * sends (numbers as numbers, non-empty strings, booleans, dates in the common shapes) are read here; every other
 * shape of a known field (null, numbers as strings, {@code "29628,"}, empty strings, objects, lists, floats, big
 * numbers, bad dates) goes through the very property deserializer Jackson would have used, so its value, leniency
 * and errors are the same. Unknown fields go to {@code extra()} through Jackson's any-setter, in wire order, the
 * last duplicate winning, as before. Anything that is not an object is left to Jackson entirely.
 * {@code FileInfoReaderTest} parses the same inputs both ways.
 */
final class FileInfoReader extends BeanDeserializer {
  private static final long serialVersionUID = 1L;

  private static final String[] NAMES = {
    "id", "guid", "name", "parent_id", "creation", "modification", "can_download", "can_write", "can_edit",
    "can_delete", "can_share", "owner", "owner_id", "hash", "size", "lock", "nb_versions", "nb_annotations",
    "nb_unread_annotations", "meta", "thumb_token", "file_type", "download_token", "path", "total_annotations",
    "total_downloads", "total_dlinks", "total_previews", "events", "extra"
  };

  /** The resolved creator properties, indexed like {@link #NAMES}; found on first use (after resolution). */
  private transient volatile SettableBeanProperty[] props;

  FileInfoReader(BeanDeserializer base) {
    super(base);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    SettableBeanProperty[] ps = props();
    if (ps == null) {
      return super.deserialize(p, ctxt);
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      return super.deserialize(p, ctxt);
    }
    return read(p, ctxt, ps, t);
  }

  private SettableBeanProperty[] props() {
    SettableBeanProperty[] ps = props;
    if (ps == null && _propertyBasedCreator != null && _anySetter != null && _objectIdReader == null
        && !_injectables()) {
      SettableBeanProperty[] found = new SettableBeanProperty[NAMES.length];
      for (int i = 0; i < NAMES.length; i++) {
        found[i] = _propertyBasedCreator.findCreatorProperty(NAMES[i]);
        if (found[i] == null || !found[i].hasValueDeserializer()) {
          return null;
        }
      }
      props = ps = found;
    }
    return ps;
  }

  private boolean _injectables() {
    return _injectables != null && _injectables.length > 0;
  }

  @SuppressWarnings("unchecked")
  private Object read(JsonParser p, DeserializationContext ctxt, SettableBeanProperty[] ps, JsonToken first)
      throws IOException {
    long id = 0;
    Optional<String> guid = null;
    String name = null;
    Optional<Long> parentId = null;
    Optional<OffsetDateTime> creation = null;
    Optional<OffsetDateTime> modification = null;
    boolean canDownload = false;
    boolean canWrite = false;
    boolean canEdit = false;
    boolean canDelete = false;
    boolean canShare = false;
    Optional<String> owner = null;
    Optional<String> ownerId = null;
    Optional<String> hash = null;
    Optional<Long> size = null;
    Optional<Lock> lock = null;
    Optional<Integer> nbVersions = null;
    Optional<Integer> nbAnnotations = null;
    Optional<Integer> nbUnreadAnnotations = null;
    Optional<FileMeta> meta = null;
    Optional<String> thumbToken = null;
    Optional<String> fileType = null;
    Optional<String> downloadToken = null;
    Optional<String> path = null;
    Optional<Integer> totalAnnotations = null;
    Optional<Integer> totalDownloads = null;
    Optional<Integer> totalDlinks = null;
    Optional<Integer> totalPreviews = null;
    List<TimelineEvent> events = null;
    List<Object> unknown = null;
    String field = first == JsonToken.FIELD_NAME ? p.currentName() : null;
    for (; field != null; field = p.nextFieldName()) {
      p.nextToken();
      try {
        switch (field) {
          case "id":
            id = longInt(p) ? p.getLongValue() : (Long) ps[0].deserialize(p, ctxt);
            break;
          case "guid":
            guid = optString(p, ctxt, ps[1]);
            break;
          case "name":
            name = p.currentToken() == JsonToken.VALUE_STRING ? nonEmptyText(p) : null;
            if (name == null) {
              name = (String) ps[2].deserialize(p, ctxt);
            }
            break;
          case "parent_id":
            parentId = optLong(p, ctxt, ps[3]);
            break;
          case "creation":
            creation = optDate(p, ctxt, ps[4]);
            break;
          case "modification":
            modification = optDate(p, ctxt, ps[5]);
            break;
          case "can_download":
            canDownload = bool(p, ctxt, ps[6]);
            break;
          case "can_write":
            canWrite = bool(p, ctxt, ps[7]);
            break;
          case "can_edit":
            canEdit = bool(p, ctxt, ps[8]);
            break;
          case "can_delete":
            canDelete = bool(p, ctxt, ps[9]);
            break;
          case "can_share":
            canShare = bool(p, ctxt, ps[10]);
            break;
          case "owner":
            owner = optString(p, ctxt, ps[11]);
            break;
          case "owner_id":
            ownerId = optString(p, ctxt, ps[12]);
            break;
          case "hash":
            hash = optString(p, ctxt, ps[13]);
            break;
          case "size":
            size = optLong(p, ctxt, ps[14]);
            break;
          case "lock":
            lock = (Optional<Lock>) ps[15].deserialize(p, ctxt);
            break;
          case "nb_versions":
            nbVersions = optInt(p, ctxt, ps[16]);
            break;
          case "nb_annotations":
            nbAnnotations = optInt(p, ctxt, ps[17]);
            break;
          case "nb_unread_annotations":
            nbUnreadAnnotations = optInt(p, ctxt, ps[18]);
            break;
          case "meta":
            meta = (Optional<FileMeta>) ps[19].deserialize(p, ctxt);
            break;
          case "thumb_token":
          case "thumbs_token":
            thumbToken = optString(p, ctxt, ps[20]);
            break;
          case "file_type":
            fileType = optString(p, ctxt, ps[21]);
            break;
          case "download_token":
            downloadToken = optString(p, ctxt, ps[22]);
            break;
          case "path":
            path = optString(p, ctxt, ps[23]);
            break;
          case "total_annotations":
            totalAnnotations = optInt(p, ctxt, ps[24]);
            break;
          case "total_downloads":
          case "total_download":
            totalDownloads = optInt(p, ctxt, ps[25]);
            break;
          case "total_dlinks":
            totalDlinks = optInt(p, ctxt, ps[26]);
            break;
          case "total_previews":
            totalPreviews = optInt(p, ctxt, ps[27]);
            break;
          case "events":
            events = (List<TimelineEvent>) ps[28].deserialize(p, ctxt);
            break;
          case "extra":
            // the any-setter's own parameter: Jackson reads the value (and may fail on it), then replaces it
            ps[29].deserialize(p, ctxt);
            break;
          default:
            if (unknown == null) {
              unknown = new ArrayList<>();
            }
            unknown.add(field);
            unknown.add(_anySetter.deserialize(p, ctxt));
            break;
        }
      } catch (Exception e) {
        // named as Jackson names it: the property's own name for an alias
        wrapAndThrow(e, FileInfo.class, field.equals("thumbs_token") ? "thumb_token"
            : field.equals("total_download") ? "total_downloads" : field, ctxt);
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      // a cut object: let Jackson report it the way it always has
      return ctxt.handleUnexpectedToken(FileInfo.class, p);
    }
    return new FileInfo(id, guid, name, parentId, creation, modification, canDownload, canWrite, canEdit,
        canDelete, canShare, owner, ownerId, hash, size, lock, nbVersions, nbAnnotations, nbUnreadAnnotations, meta,
        thumbToken, fileType, downloadToken, path, totalAnnotations, totalDownloads, totalDlinks, totalPreviews,
        events, extra(unknown));
  }

  /**
   * The unknown fields as Jackson's creator any-setter collects them (2.18+): a {@code HashMap} filled from the last
   * wire field to the first, so the first of duplicates wins and the order is the map's.
   */
  private static Map<String, Object> extra(List<Object> unknown) {
    if (unknown == null) {
      return null;
    }
    Map<String, Object> m = new HashMap<>();
    for (int i = unknown.size() - 2; i >= 0; i -= 2) {
      m.put((String) unknown.get(i), unknown.get(i + 1));
    }
    // built here and handed over: FileInfo keeps it without a copy, as it keeps the map Jackson builds
    return ModelCollections.adopt(m);
  }

  private static boolean longInt(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return false;
    }
    JsonParser.NumberType nt = p.getNumberType();
    return nt == JsonParser.NumberType.INT || nt == JsonParser.NumberType.LONG;
  }

  /** The current string value, or null when it is empty (Jackson's coercions decide what an empty string is). */
  private static String nonEmptyText(JsonParser p) throws IOException {
    String s = p.getText();
    return s.isEmpty() ? null : s;
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> optString(JsonParser p, DeserializationContext ctxt, SettableBeanProperty prop)
      throws IOException {
    String s = p.currentToken() == JsonToken.VALUE_STRING ? nonEmptyText(p) : null;
    return s != null ? Optional.of(s) : (Optional<String>) prop.deserialize(p, ctxt);
  }

  @SuppressWarnings("unchecked")
  private static Optional<Long> optLong(JsonParser p, DeserializationContext ctxt, SettableBeanProperty prop)
      throws IOException {
    return longInt(p) ? Optional.of(p.getLongValue()) : (Optional<Long>) prop.deserialize(p, ctxt);
  }

  @SuppressWarnings("unchecked")
  private static Optional<Integer> optInt(JsonParser p, DeserializationContext ctxt, SettableBeanProperty prop)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return Optional.of(p.getIntValue());
    }
    return (Optional<Integer>) prop.deserialize(p, ctxt);
  }

  private static boolean bool(JsonParser p, DeserializationContext ctxt, SettableBeanProperty prop)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    return (Boolean) prop.deserialize(p, ctxt);
  }

  @SuppressWarnings("unchecked")
  private static Optional<OffsetDateTime> optDate(JsonParser p, DeserializationContext ctxt,
      SettableBeanProperty prop) throws IOException {
    String s = p.currentToken() == JsonToken.VALUE_STRING ? nonEmptyText(p) : null;
    if (s != null) {
      try {
        return GedkitDates.parse(s);
      } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
        // fall through: Jackson's date deserializer reports it
      }
    }
    return (Optional<OffsetDateTime>) prop.deserialize(p, ctxt);
  }
}
