package vn.hanoi.papi.submissions.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hanoi.papi.checklist.InspectionType;

/**
 * The shapes the OpenAPI document gives the submission calls. Documentation only: the controller reads the body as
 * bytes, for the validator, which names every bad item (the contract, checklist-commune.md, is the reference).
 */
final class SubmissionSchemas {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private SubmissionSchemas() {
    }

    @Schema(name = "Submission", description = "Một phiếu kiểm tra theo mẫu phiếu (JSON mã hóa UTF-8). Một mục (answers) hay "
            + "danh sách (records) bỏ hẳn là không kiểm tra; đã có thì phải đủ. Văn bản tối đa 100 ký tự với mã (mã phiếu, "
            + "tên đăng nhập, khóa của dòng) và 500 ký tự với nội dung khác.")
    record SubmissionDocument(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
                    example = "3f2b7c7e-1d1a-4b8e-9a55-0c7d2a6f4e10",
                    description = "Mã phiếu do máy tính bảng tạo; gửi lại cùng mã và cùng nội dung là gửi lại (200)")
            String submissionId,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "COMMUNE-PAPI") String template,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "1") int templateVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "HN-XA-DONG-ANH-VIET-HUNG",
                    description = "Mã đơn vị trong danh mục đơn vị") String unit,
            @Schema(requiredMode = RequiredMode.REQUIRED) InspectionType inspectionType,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2022-09-14",
                    description = "YYYY-MM-DD; không sau hôm nay (giờ Hà Nội), không trước 2000-01-01") LocalDate inspectedOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) Period period,
            @ArraySchema(minItems = 1, schema = @Schema(maxLength = 100, example = "tran.van.a"),
                    arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED, description = "Tên đăng nhập các thành viên đoàn kiểm tra"))
            List<String> inspectors,
            @Schema(description = "Câu trả lời theo mã câu hỏi của mẫu phiếu: ngày (YYYY-MM-DD hoặc null), số nguyên ≥ 0, "
                    + "true/false", example = "{\"BUDGET.DRAFT.SENT_ON\": \"2021-12-10\", \"BUDGET.ESTIMATE.DISCLOSED_ON\": null, "
                    + "\"BUDGET.ESTIMATE.DECISION_ISSUED\": false, \"PIB.MEMBERS\": 7}")
            Map<String, Object> answers,
            @Schema(description = "Các danh sách theo tên (DOSSIERS, COMPLAINTS, …), mỗi danh sách một mảng dòng; [] khi không "
                    + "có trường hợp nào", example = "{\"DOSSIERS\": [{\"code\": \"000.00.31.H26-220801-0001\", \"procedure\": "
                    + "\"Chứng thực bản sao\", \"landCertificate\": false, \"receivedOn\": \"2022-08-01\", \"dueOn\": \"2022-08-03\", "
                    + "\"resultOn\": \"2022-08-05\", \"apologyOn\": null, \"reschedules\": 0, \"supplementRequests\": 0}]}")
            Map<String, List<Map<String, Object>>> records) {
    }

    @Schema(name = "InspectionPeriod", description = "Thời kỳ kiểm tra, không sau ngày kiểm tra")
    record Period(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2022-01-01") LocalDate from,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2022-08-31") LocalDate to) {
    }

    @Schema(name = "Problem", description = "Lỗi theo RFC 9457, bằng tiếng Việt")
    record Problem(
            @Schema(example = "urn:papi:problem:submission-conflict") URI type,
            @Schema(example = "Trùng mã phiếu") String title,
            @Schema(example = "409") int status,
            String detail,
            String instance) {
    }

    @Schema(name = "SubmissionProblem", description = "Phiếu không hợp lệ (RFC 9457): mỗi mục sai một dòng trong errors; "
            + "không có gì được lưu")
    record SubmissionProblem(
            @Schema(example = "urn:papi:problem:submission-invalid") URI type,
            @Schema(example = "Phiếu kiểm tra không hợp lệ") String title,
            @Schema(example = "400") int status,
            @Schema(example = "Phiếu có 1 lỗi; không có gì được lưu.") String detail,
            String instance,
            List<ItemError> errors) {
    }

    record ItemError(
            @Schema(example = "BUDGET.POSTING.DAYS", description = "Mục sai: mã câu hỏi, DANH_SACH[khóa].trường, trường của "
                    + "phiếu, hoặc (JSON) khi không đọc được") String item,
            @Schema(example = "phải ≥ 0 (nhận -1)") String message) {
    }
}
