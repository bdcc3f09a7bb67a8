package vn.hanoi.papi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PapiApplication {
    public static void main(String[] args) {
        SpringApplication.run(PapiApplication.class, args);
    }
}
