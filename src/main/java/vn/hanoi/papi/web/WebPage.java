package vn.hanoi.papi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of web pages (Thymeleaf views), as opposed to the JSON API's {@code @RestController}s: the pages get
 * the signed-in account and the menu from {@link PageModel}, and their errors as pages, not problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
