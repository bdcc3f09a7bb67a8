package vn.hanoi.papi.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal to start as one clear paragraph instead of a stack trace. */
class UnsafeSecurityConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSecurityConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSecurityConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Sửa cấu hình papi.security (xem README, mục Đăng nhập) rồi khởi động lại. Mật khẩu được ghi dưới dạng "
                        + "chuỗi băm bcrypt, ví dụ tạo bằng: htpasswd -bnBC 10 \"\" 'mật-khẩu' | tr -d ':\\n'", cause);
    }
}
