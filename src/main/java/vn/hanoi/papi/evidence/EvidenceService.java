package vn.hanoi.papi.evidence;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.ChangedBy;
import vn.hanoi.papi.submissions.StoredSubmission;
import vn.hanoi.papi.submissions.SubmissionNotFoundException;

/**
 * Photo evidence attached to a submission, kept in GridFS with its metadata ({@code submissionId, caption,
 * contentType, uploadedAt, sha256, size}). A photo is checked before anything is stored: its size against
 * {@code papi.evidence.max-size}, its type on its content (magic bytes) against
 * {@code papi.evidence.allowed-types}. The same bytes sent again for the same submission are the same evidence.
 */
@Service
public class EvidenceService {

    static final int MAX_CAPTION = 1000;
    private static final int MAX_FILENAME = 200;
    private static final Sort OLDEST_FIRST = Sort.by("uploadDate", "_id");

    private final GridFsTemplate gridFs;
    private final MongoTemplate mongo;
    private final EvidenceProperties limits;
    private final AuditTrail audit;
    private final Clock clock;

    public EvidenceService(GridFsTemplate gridFs, MongoTemplate mongo, EvidenceProperties limits, AuditTrail audit,
                           Clock clock) {
        this.gridFs = gridFs;
        this.mongo = mongo;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One uploaded file.
     *
     * @param filename     the name the client gave (any folder part is dropped)
     * @param declaredType the Content-Type the client declared: only quoted in messages, never trusted
     * @param size         the size of the part as received
     */
    public record Upload(String filename, String declaredType, long size, String caption, InputStreamSource content) {
    }

    /** What happened to an upload: stored now ({@code created}) or found stored already (the same bytes). */
    public record Outcome(boolean created, Evidence evidence) {
    }

    /** A stored photo and a stream of its bytes. */
    public record Content(Evidence evidence, GridFsResource resource) {
    }

    public Outcome upload(String submissionId, Upload upload, ChangedBy by) {
        SubmissionUnit submission = requireSubmission(submissionId);
        String filename = cleanFilename(upload.filename());
        String caption = cleanCaption(upload.caption());
        byte[] bytes = read(filename, upload);
        String contentType = checkType(filename, upload.declaredType(), bytes);
        String sha256 = sha256(bytes);

        // No transactions here (the embedded store has none): the look-up and the store below are two steps.
        // That is safe enough because a GridFS file becomes visible only when its files document is inserted,
        // after all its chunks, so a reader never sees half a photo; and the one thing a race between two
        // uploads of the same bytes for the same submission can leave is two complete, identical files. Reads
        // tolerate that: this look-up and list() take the oldest file of each (submissionId, sha256), so both
        // racers and everyone after them see one photo. The spare copy costs disk space, nothing else.
        Optional<Evidence> existing = findSame(submissionId, sha256);
        if (existing.isPresent()) {
            audit(submission, existing.get(), by);            // a retry after a crash records what the first one missed
            return new Outcome(false, existing.get());
        }
        Instant uploadedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);     // what the store keeps
        Document metadata = new Document("submissionId", submissionId)
                .append("caption", caption)
                .append("contentType", contentType)
                .append("uploadedAt", Date.from(uploadedAt))
                .append("sha256", sha256)
                .append("size", (long) bytes.length);
        ObjectId id = gridFs.store(new ByteArrayInputStream(bytes), filename, metadata);
        Evidence stored = new Evidence(id.toHexString(), submissionId, filename, contentType, bytes.length, sha256,
                caption, uploadedAt);
        audit(submission, stored, by);
        return new Outcome(true, stored);
    }

    /**
     * Checks an upload as {@link #upload} does (its size, its type told by its content, its caption) and stores
     * nothing: so that a set of photos sent together can be refused before any of them is stored.
     */
    public void check(Upload upload) {
        String filename = cleanFilename(upload.filename());
        cleanCaption(upload.caption());
        checkType(filename, upload.declaredType(), read(filename, upload));
    }

    /**
     * The ids among {@code ids} that are not photos of this submission (unknown, malformed, or another
     * submission's), in the order given.
     */
    public List<String> notOf(String submissionId, Collection<String> ids) {
        List<ObjectId> valid = ids.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        Set<String> ours = new HashSet<>();
        if (!valid.isEmpty()) {
            Query query = ofSubmission(submissionId).addCriteria(Criteria.where("_id").in(valid));
            gridFs.find(query).forEach(file -> ours.add(file.getObjectId().toHexString()));
        }
        return ids.stream().filter(id -> !ours.contains(id == null ? "" : id.toLowerCase(Locale.ROOT))).toList();
    }

    /** The photo's audit event; its id is the photo's, so recording it again adds nothing. */
    private void audit(SubmissionUnit submission, Evidence photo, ChangedBy by) {
        audit.append(AuditEvent.ofSubmission("evidence:" + photo.id(), submission.submissionId(), submission.unit(),
                "EVIDENCE_ADDED", photo.filename() + (photo.caption() == null ? "" : " — " + photo.caption()), by,
                clock.instant(), photo.id()));
    }

    /** The photos of a submission, oldest first; identical copies left by a race show as one. */
    public List<Evidence> list(String submissionId) {
        requireSubmission(submissionId);
        Map<String, Evidence> bySha = new LinkedHashMap<>();
        for (GridFSFile file : gridFs.find(ofSubmission(submissionId).with(OLDEST_FIRST))) {
            Evidence evidence = toEvidence(file);
            bySha.putIfAbsent(evidence.sha256(), evidence);
        }
        return new ArrayList<>(bySha.values());
    }

    public Content open(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            throw new EvidenceNotFoundException(id);
        }
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id))));
        if (file == null || file.getMetadata() == null || file.getMetadata().getString("submissionId") == null) {
            throw new EvidenceNotFoundException(id);                 // not a photo of ours (another GridFS user)
        }
        return new Content(toEvidence(file), gridFs.getResource(file));
    }

    private SubmissionUnit requireSubmission(String submissionId) {
        Query query = Query.query(Criteria.where("_id").is(submissionId));
        query.fields().include("unit");                       // not the whole document the tablet sent
        SubmissionUnit submission = submissionId == null ? null
                : mongo.findOne(query, SubmissionUnit.class, mongo.getCollectionName(StoredSubmission.class));
        if (submission == null) {
            throw new SubmissionNotFoundException(submissionId);
        }
        return submission;
    }

    /** Which unit a submission is of. */
    private record SubmissionUnit(@Id String submissionId, String unit) {
    }

    private Optional<Evidence> findSame(String submissionId, String sha256) {
        Query query = ofSubmission(submissionId).addCriteria(Criteria.where("metadata.sha256").is(sha256))
                .with(OLDEST_FIRST);
        return Optional.ofNullable(gridFs.find(query).first()).map(EvidenceService::toEvidence);
    }

    private static Query ofSubmission(String submissionId) {
        return Query.query(Criteria.where("metadata.submissionId").is(submissionId));
    }

    /** The bytes, refusing anything over the limit whatever the client said the size was. */
    private byte[] read(String filename, Upload upload) {
        long max = limits.maxSize().toBytes();
        if (upload.size() > max) {
            throw tooLarge(filename, upload.size());
        }
        byte[] bytes;
        try (InputStream in = upload.content().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + filename, e);
        }
        if (bytes.length > max) {
            throw tooLarge(filename, bytes.length);
        }
        if (bytes.length == 0) {
            throw new InvalidEvidenceException("Tệp \"" + filename + "\" rỗng; không có gì được lưu.");
        }
        return bytes;
    }

    private EvidenceTooLargeException tooLarge(String filename, long size) {
        return new EvidenceTooLargeException("Tệp \"" + filename + "\" có dung lượng " + Sizes.text(size)
                + " (" + String.format(Locale.forLanguageTag("vi-VN"), "%,d", size) + " byte), vượt quá giới hạn "
                + limits.maxSizeText() + " cho mỗi ảnh; không có gì được lưu.");
    }

    /** The type told by the content; the declared one is only quoted when they disagree. */
    private String checkType(String filename, String declaredType, byte[] bytes) {
        String accepted = String.join(", ", limits.allowedTypes());
        Optional<String> detected = ImageSignatures.detect(bytes);
        if (detected.isEmpty()) {
            String declared = declaredType == null || declaredType.isBlank() ? ""
                    : " (khai báo là " + declaredType + " nhưng nội dung không phải ảnh thuộc các định dạng được nhận)";
            throw new UnsupportedEvidenceTypeException("Tệp \"" + filename + "\" không phải là ảnh được chấp nhận"
                    + declared + ". Chỉ nhận: " + accepted + "; không có gì được lưu.");
        }
        if (!limits.allowedTypes().contains(detected.get())) {
            throw new UnsupportedEvidenceTypeException("Tệp \"" + filename + "\" là ảnh " + detected.get()
                    + ", định dạng không được chấp nhận. Chỉ nhận: " + accepted + "; không có gì được lưu.");
        }
        return detected.get();
    }

    private static String cleanFilename(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.codePointCount(0, name.length()) > MAX_FILENAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILENAME));
        }
        return name.isEmpty() ? "evidence" : name;
    }

    private static String cleanCaption(String caption) {
        if (caption == null || caption.isBlank()) {
            return null;
        }
        String text = caption.strip();
        if (text.codePointCount(0, text.length()) > MAX_CAPTION) {
            throw new InvalidEvidenceException("Chú thích dài quá " + MAX_CAPTION + " ký tự; không có gì được lưu.");
        }
        return text;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);                       // every Java runtime has SHA-256
        }
    }

    private static Evidence toEvidence(GridFSFile file) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        Date uploadedAt = metadata.getDate("uploadedAt");
        return new Evidence(file.getObjectId().toHexString(), metadata.getString("submissionId"), file.getFilename(),
                metadata.getString("contentType"), file.getLength(), metadata.getString("sha256"),
                metadata.getString("caption"), (uploadedAt != null ? uploadedAt : file.getUploadDate()).toInstant());
    }
}
