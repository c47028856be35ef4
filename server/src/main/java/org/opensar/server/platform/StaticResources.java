package org.opensar.server.platform;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The only paths served as files: the GOV.UK Frontend webjar and OpenSAR's own stylesheet and scripts. Boot's
 * default also serves {@code /**} from the classpath, which made every link a page writes (fifty per review page)
 * a fruitless search of the jars while the page was rendered; with these three patterns a link to a page is
 * left alone. Links to files carry their version (the webjar's, or a hash of the file), so browsers may keep them.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl KEEP_A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(KEEP_A_YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        own(registry, "css");
        own(registry, "js");
    }

    private static void own(ResourceHandlerRegistry registry, String folder) {
        registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .setCacheControl(KEEP_A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
