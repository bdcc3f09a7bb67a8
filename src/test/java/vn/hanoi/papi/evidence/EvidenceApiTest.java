package vn.hanoi.papi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;

/** Photo evidence over a real HTTP port, on the embedded store (GridFS on mongo-java-server). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceApiTest {

    private static final int MB = 1024 * 1024;

    @Value("${local.server.port}")
    int port;

    @Autowired
    GridFsTemplate gridFs;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port).as("kiemtra");
    }

    /** A stored submission under a fresh id. */
    private String submission() {
        Http.Response response = http.postJson("/api/submissions",
                SubmissionBuilder.inspectedOn("2022-09-14").compliantBudget().toJson());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("submissionId").asString();
    }

    /** A real image, drawn and encoded by javax.imageio; the colour makes the bytes differ. */
    private static byte[] image(String format, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.WHITE);
        g.drawString("PAPI", 2, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("an ImageIO writer for " + format).isTrue();
        return out.toByteArray();
    }

    /** A PNG signature followed by filler: passes the content check, so only the size decides. */
    private static byte[] pngOfSize(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
        return bytes;
    }

    private Http.Response upload(String submissionId, String filename, String type, byte[] bytes, String caption) {
        Http.Multipart form = Http.multipart().file("file", filename, type, bytes);
        if (caption != null) {
            form.field("caption", caption);
        }
        return http.postMultipart("/api/submissions/" + submissionId + "/evidence", form);
    }

    private long stored(String submissionId) {
        return gridFs.find(Query.query(Criteria.where("metadata.submissionId").is(submissionId)))
                .into(new ArrayList<>()).size();
    }

    @Test
    void aPhotoWithAVeryLongFileNameIsStoredUnderItsBeginning() throws Exception {
        String id = submission();
        String longName = "Ảnh chụp bảng niêm yết ".repeat(25) + ".png";              // ~600 characters, ~800 bytes
        Http.Response created = upload(id, longName, "image/png", image("png", new Color(10, 120, 40)), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(longName).startsWith(created.json().get("filename").asString());
    }

    @Test
    void aPhotoIsStoredListedAndServedBackByteForByte() throws Exception {
        String id = submission();
        byte[] png = image("png", new Color(200, 30, 30));
        String caption = "Bảng niêm yết công khai dự toán ngân sách tại trụ sở UBND xã";

        Http.Response created = upload(id, "niem-yet-ngan-sach.png", "image/png", png, caption);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode evidence = created.json();
        String evidenceId = evidence.get("id").asString();
        assertThat(evidenceId).isNotBlank();
        assertThat(evidence.get("submissionId").asString()).isEqualTo(id);
        assertThat(evidence.get("filename").asString()).isEqualTo("niem-yet-ngan-sach.png");
        assertThat(evidence.get("contentType").asString()).isEqualTo("image/png");
        assertThat(evidence.get("size").asLong()).isEqualTo(png.length);
        assertThat(evidence.get("sha256").asString()).hasSize(64);
        assertThat(evidence.get("caption").asString()).isEqualTo(caption);
        assertThat(evidence.get("uploadedAt").asString()).isNotBlank();

        byte[] jpeg = image("jpg", new Color(30, 90, 200));
        Http.Response second = upload(id, "Biên bản kiểm tra.jpg", "image/jpeg", jpeg, null);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(second.json().get("filename").asString()).isEqualTo("Biên bản kiểm tra.jpg");
        assertThat(second.json().get("caption").isNull()).isTrue();

        Http.Response list = http.get("/api/submissions/" + id + "/evidence");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(list.json().get(0)).isEqualTo(evidence);
        assertThat(list.json().get(1)).isEqualTo(second.json());

        Http.BinaryResponse download = http.getBytes("/api/evidence/" + evidenceId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("Content-Disposition")).startsWith("inline").contains("niem-yet-ngan-sach.png");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Http.BinaryResponse jpegDownload = http.getBytes("/api/evidence/" + second.json().get("id").asString());
        assertThat(jpegDownload.body()).isEqualTo(jpeg);
        assertThat(jpegDownload.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(jpegDownload.header("Content-Disposition")).isEqualTo(
                "inline; filename=\"Bien ban kiem tra.jpg\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra.jpg");
    }

    @Test
    void theSameBytesAgainReturnTheStoredEvidenceAndStoreNothingNew() throws Exception {
        String id = submission();
        byte[] png = image("png", Color.GREEN);
        Http.Response first = upload(id, "anh.png", "image/png", png, "Lần đầu");
        assertThat(first.status()).isEqualTo(201);

        Http.Response again = upload(id, "ten-khac.png", "image/png", png, "Lần hai");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(stored(id)).isEqualTo(1);
        assertThat(http.get("/api/submissions/" + id + "/evidence").json().size()).isEqualTo(1);

        // The same photo for another submission is that submission's own evidence.
        String other = submission();
        Http.Response elsewhere = upload(other, "anh.png", "image/png", png, null);
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.json().get("id").asString()).isNotEqualTo(first.json().get("id").asString());
    }

    @Test
    void twoIdenticalFilesLeftByARaceReadAsOne() throws Exception {
        String id = submission();
        byte[] png = image("png", Color.ORANGE);
        Http.Response first = upload(id, "anh.png", "image/png", png, null);
        Document metadata = gridFs.findOne(Query.query(Criteria.where("metadata.submissionId").is(id))).getMetadata();
        // What a lost race leaves: a second complete file with the same submissionId and sha256.
        Thread.sleep(5);
        gridFs.store(new java.io.ByteArrayInputStream(png), "anh.png", new Document(metadata));
        assertThat(stored(id)).isEqualTo(2);

        Http.Response list = http.get("/api/submissions/" + id + "/evidence");
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0)).isEqualTo(first.json());
        Http.Response again = upload(id, "anh.png", "image/png", png, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }

    @Test
    void concurrentUploadsOfTheSamePhotoShowAsOne() throws Exception {
        String id = submission();
        byte[] png = image("png", Color.MAGENTA);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> upload(id, "anh.png", "image/png", png, null)));
            }
            for (Future<Http.Response> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isIn(200, 201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.get("/api/submissions/" + id + "/evidence").json().size()).isEqualTo(1);
    }

    @Test
    void theTypeIsToldByTheContentNotByTheDeclaration() throws Exception {
        String id = submission();
        Http.Response response = upload(id, "anh", "application/octet-stream", image("png", Color.BLUE), null);
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("contentType").asString()).isEqualTo("image/png");
        assertThat(http.getBytes("/api/evidence/" + response.json().get("id").asString()).header("Content-Type"))
                .isEqualTo("image/png");
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefusedWith415AndNothingIsStored() {
        String id = submission();
        byte[] text = "Đây không phải là ảnh, chỉ là chữ.\n".getBytes(StandardCharsets.UTF_8);
        Http.Response response = upload(id, "photo.jpg", "image/jpeg", text, null);
        assertThat(response.status()).as(response.body()).isEqualTo(415);
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(415);
        assertThat(problem.get("title").asString()).isEqualTo("Định dạng ảnh không được chấp nhận");
        assertThat(problem.get("detail").asString()).contains("photo.jpg", "image/jpeg");
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(stored(id)).isZero();
        assertThat(http.get("/api/submissions/" + id + "/evidence").json().size()).isZero();
    }

    @Test
    void aPhotoOverTheLimitIsRefusedWith413NamingTheFileAndNothingIsStored() {
        String id = submission();
        Http.Response response = upload(id, "qua-lon.png", "image/png", pngOfSize(10 * MB + 1), null);
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("title").asString()).isEqualTo("Ảnh quá lớn");
        assertThat(response.json().get("detail").asString()).contains("qua-lon.png", "10 MB");
        assertThat(stored(id)).isZero();

        // Exactly at the limit is accepted.
        assertThat(upload(id, "vua-du.png", "image/png", pngOfSize(10 * MB), null).status()).isEqualTo(201);
    }

    @Test
    void aPhotoOverSpringsMultipartLimitIsA413ProblemToo() {
        String id = submission();
        Http.Response response = upload(id, "rat-lon.png", "image/png", pngOfSize(11 * MB + 256 * 1024), null);
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).contains("10 MB");
        assertThat(stored(id)).isZero();
    }

    @Test
    void anUnknownSubmissionOrEvidenceIs404() throws Exception {
        Http.Response upload = upload("khong-co", "anh.png", "image/png", image("png", Color.RED), null);
        assertThat(upload.status()).isEqualTo(404);
        assertThat(upload.json().get("detail").asString()).contains("khong-co");
        assertThat(stored("khong-co")).isZero();
        assertThat(http.get("/api/submissions/khong-co/evidence").status()).isEqualTo(404);
        assertThat(http.get("/api/evidence/khong-co").status()).isEqualTo(404);
        Http.Response missing = http.get("/api/evidence/000000000000000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("000000000000000000000000");
    }

    @Test
    void anUploadWithoutAFileIsA400() {
        String id = submission();
        Http.Response response = http.postMultipart("/api/submissions/" + id + "/evidence",
                Http.multipart().field("caption", "Không có tệp"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("file");
    }
}
