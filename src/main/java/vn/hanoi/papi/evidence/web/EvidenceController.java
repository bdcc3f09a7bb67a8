package vn.hanoi.papi.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hanoi.papi.evidence.Evidence;
import vn.hanoi.papi.evidence.EvidenceNotFoundException;
import vn.hanoi.papi.evidence.EvidenceService;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.submissions.SubmissionNotFoundException;
import vn.hanoi.papi.submissions.SubmissionService;

@RestController
@RequestMapping("/api")
class EvidenceController {

    private final EvidenceService evidence;
    private final SubmissionService submissions;
    private final AccessPolicy access;

    EvidenceController(EvidenceService evidence, SubmissionService submissions, AccessPolicy access) {
        this.evidence = evidence;
        this.submissions = submissions;
        this.access = access;
    }

    /** The unit of a submission the caller may read; another unit's submission is not found, as if it did not exist. */
    private String readableUnit(String submissionId) {
        String unit = submissions.unitOf(submissionId).orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        access.requireReadable(unit, () -> new SubmissionNotFoundException(submissionId));
        return unit;
    }

    @Operation(summary = "Đính kèm ảnh minh chứng vào một phiếu kiểm tra (multipart: phần 'file', trường 'caption' tuỳ chọn): "
            + "đoàn kiểm tra trong phạm vi, hoặc chính đơn vị (ảnh khắc phục); 201 khi lưu mới, 200 khi ảnh này đã có, "
            + "404 khi không có phiếu, 403 khi đơn vị nằm ngoài phạm vi kiểm tra, "
            + "413 khi quá lớn, 415 khi không phải ảnh được chấp nhận")
    @PostMapping(path = "/submissions/{submissionId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Evidence> upload(@PathVariable String submissionId, @RequestPart("file") MultipartFile file,
                                    @RequestPart(name = "caption", required = false) String caption,
                                    HttpServletRequest request) {
        access.requireEvidenceWriterFor(readableUnit(submissionId));
        EvidenceService.Outcome outcome = evidence.upload(submissionId, new EvidenceService.Upload(
                file.getOriginalFilename(), file.getContentType(), file.getSize(), caption, file),
                access.changedBy(request));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/evidence/" + outcome.evidence().id()))
                .body(outcome.evidence());
    }

    @Operation(summary = "Các ảnh minh chứng của một phiếu kiểm tra")
    @GetMapping("/submissions/{submissionId}/evidence")
    List<Evidence> list(@PathVariable String submissionId) {
        readableUnit(submissionId);
        return evidence.list(submissionId);
    }

    @Operation(summary = "Nội dung một ảnh minh chứng, với kiểu ảnh của nó")
    @GetMapping("/evidence/{id}")
    ResponseEntity<Resource> download(@PathVariable String id) {
        EvidenceService.Content content = evidence.open(id);
        Evidence photo = content.evidence();
        String unit = submissions.unitOf(photo.submissionId()).orElseThrow(() -> new EvidenceNotFoundException(id));
        access.requireReadable(unit, () -> new EvidenceNotFoundException(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .contentLength(photo.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, inline(photo.filename()))
                .header("X-Content-Type-Options", "nosniff")              // served as the type we checked, nothing else
                .eTag("\"" + photo.sha256() + "\"")
                .body(content.resource());
    }

    /**
     * {@code inline; filename="Bien ban.png"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.png}: the UTF-8 name for
     * every current browser, and a plain-ASCII one (diacritics dropped) for the rest, rather than the raw Latin-1
     * bytes Spring would put there.
     */
    static String inline(String filename) {
        String ascii = Normalizer.normalize(filename.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);                                     // RFC 8187 attr-char
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
