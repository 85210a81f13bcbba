package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.phraseanet.model.CaptionField;
import org.gedkit.phraseanet.model.Databox;
import org.gedkit.phraseanet.model.DataboxCollection;
import org.gedkit.phraseanet.model.PhraseanetRecord;
import org.junit.jupiter.api.Test;

/** Request-exact tests of the read-only databox and record calls, plus the real replies they must read. */
class RepositoryApisTest extends MockServerSupport {

  private void assertGet(RecordedRequest r, String path) {
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(path);
    assertThat(r.getUrl().encodedQuery()).isEqualTo("oauth_token=" + TOKEN);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void databoxesList_sendsExactRequest_andReadsListShape() throws Exception {
    enqueueJson(200, ok("GET /api/v1/databoxes/list/", "{\"databoxes\":[{\"databox_id\":3,\"name\":\"db_a\","
        + "\"viewname\":\"A\",\"labels\":{\"en\":\"A\",\"fr\":\"Â\"},\"version\":\"3.8.6\",\"x\":true}]}"));

    List<Databox> boxes = client.databoxes().list();

    assertGet(take(), "/api/v1/databoxes/list/");
    assertThat(boxes).containsExactly(new Databox(3, "db_a", "A", java.util.Map.of("en", "A", "fr", "Â"), "3.8.6",
        java.util.Map.of("x", true)));
  }

  @Test
  void databoxesList_readsApi10ObjectKeyedById() {
    enqueueJson(200, ok("GET /api/v1/databoxes/list/", "{\"databoxes\":{\"58\":{\"databox_id\":58,\"name\":\"Q\"},"
        + "\"1\":{\"databox_id\":1,\"name\":\"Eléphant\",\"version\":\"3.2\"}}}"));

    assertThat(client.databoxes().list()).extracting(Databox::id, Databox::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(58L, "Q"), org.assertj.core.groups.Tuple.tuple(1L, "Eléphant"));
  }

  @Test
  void collections_sendsExactRequest_andChecksId() throws Exception {
    enqueueJson(200, ok("GET /api/v1/databoxes/1/collections/", "{\"collections\":[{\"base_id\":1,\"collection_id\":1,"
        + "\"name\":\"public\",\"labels\":[],\"record_amount\":345}]}"));

    List<DataboxCollection> cols = client.databoxes().collections(1);

    assertGet(take(), "/api/v1/databoxes/1/collections/");
    assertThat(cols).singleElement().satisfies(c -> {
      assertThat(c.baseId()).isEqualTo(1);
      assertThat(c.labels()).isEmpty();
      assertThat(c.recordAmount()).contains(345L);
    });
    assertThatThrownBy(() -> client.databoxes().collections(0)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("databoxId");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void recordGet_sendsExactRequest_andParses() throws Exception {
    enqueueJson(200, ok("GET /api/v1/records/1/638/", "{\"record\":{\"databox_id\":1,\"record_id\":638,"
        + "\"mime_type\":\"image/png\",\"title\":\"T\",\"original_name\":\"t.png\",\"updated_on\":\"2014-06-23T21:47:45+02:00\","
        + "\"created_on\":\"-0001-11-30T00:00:00+00:09\",\"collection_id\":3,\"sha256\":\"" + SHA + "\","
        + "\"thumbnail\":null,\"technical_informations\":[],\"phrasea_type\":\"image\",\"uuid\":\"u-1\"}}"));

    PhraseanetRecord rec = client.records().get(1, 638);

    assertGet(take(), "/api/v1/records/1/638/");
    assertThat(rec.databoxId()).isEqualTo(1);
    assertThat(rec.recordId()).isEqualTo(638);
    assertThat(rec.collectionId()).isEqualTo(3);
    assertThat(rec.createdOn()).isEmpty();
    assertThat(rec.updatedOn()).contains(OffsetDateTime.parse("2014-06-23T21:47:45+02:00"));
    assertThat(rec.checksum()).isPresent();
    assertThat(rec.extra()).containsKeys("thumbnail", "technical_informations");
  }

  @Test
  void recordGet_checksIds_andMapsNotFound() {
    assertThatThrownBy(() -> client.records().get(0, 1)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("databoxId");
    assertThatThrownBy(() -> client.records().caption(1, -1)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("recordId");
    assertThat(server.getRequestCount()).isZero();

    enqueueJson(404, envelope("GET /api/v1/records/1/9/", 404, "Not Found", "Requested resource is not found",
        "Record 9 not found", "{}"));
    assertThatThrownBy(() -> client.records().get(1, 9)).isInstanceOf(NotFoundException.class);
    enqueueJson(200, ok("GET /api/v1/records/1/9/", "{}"));
    assertThatThrownBy(() -> client.records().get(1, 9)).isInstanceOf(ProtocolException.class);
  }

  @Test
  void caption_sendsExactRequest_andKeepsOrder() throws Exception {
    enqueueJson(200, ok("GET /api/v1/records/1/2107/caption/", "{\"caption_metadatas\":[{\"meta_structure_id\":1,"
        + "\"name\":\"Objet\",\"value\":\"x\"},{\"meta_structure_id\":21,\"name\":\"NomDeFichier\",\"value\":null}]}"));

    List<CaptionField> caption = client.records().caption(1, 2107);

    assertGet(take(), "/api/v1/records/1/2107/caption/");
    assertThat(caption).extracting(CaptionField::name).containsExactly("Objet", "NomDeFichier");
    assertThat(caption.get(1).value()).isEmpty();
  }

  // ---- real replies (../shared/fixtures/phraseanet), read in place

  @Test
  void realDataboxReplies_parse() throws Exception {
    enqueueJson(200, RealFixturesTest.fixture("sdk-databox-findAll.json"));
    enqueueJson(200, RealFixturesTest.fixture("sdk-200.json"));
    enqueueJson(200, ok("GET /api/v1/databoxes/list/",
        "{\"databoxes\":" + RealFixturesTest.fixture("lutece-databoxes-response.json") + "}"));
    enqueueJson(200, RealFixturesTest.fixture("sdk-databoxCollection-findAll.json"));

    List<Databox> v13 = client.databoxes().list();
    assertThat(v13).extracting(Databox::id).containsExactly(3L, 2L, 1L);
    assertThat(v13.get(0).labels()).containsKeys("en", "fr");
    assertThat(client.databoxes().list()).extracting(Databox::name).contains("Eléphant");
    assertThat(client.databoxes().list()).extracting(Databox::name).contains("DB TRUNK PËRCONIA");
    assertThat(client.databoxes().collections(1)).isNotEmpty().allSatisfy(c -> assertThat(c.baseId()).isPositive());
  }

  @Test
  void realRecordReplies_parse_includingApi10LastModification() throws Exception {
    enqueueJson(200, RealFixturesTest.fixture("sdk-record-idByDatabox.json"));
    enqueueJson(200, ok("GET /api/v1/records/1/295/",
        "{\"record\":" + RealFixturesTest.fixture("lutece-record-item-api1.0.json") + "}"));
    enqueueJson(200, RealFixturesTest.fixture("sdk-recordCaption-byRecord.json"));

    PhraseanetRecord rec = client.records().get(1, 638);
    assertThat(rec.recordId()).isEqualTo(638);
    assertThat(rec.originalName()).isEqualTo("02785736.mxf");
    assertThat(rec.phraseaType()).isEqualTo("unknown");

    PhraseanetRecord old = client.records().get(1, 295);
    assertThat(old.updatedOn()).contains(OffsetDateTime.parse("2011-03-24T12:05:18+01:00"));
    assertThat(old.extra()).containsKey("thumbnail").doesNotContainKey("last_modification");

    assertThat(client.records().caption(1, 2107)).extracting(CaptionField::name).contains("Objet");
  }
}
