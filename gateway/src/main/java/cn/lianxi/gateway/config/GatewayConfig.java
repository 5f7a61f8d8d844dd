package cn.lianxi.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own settings (统一入口配置): where the services are and the limits the edge enforces. */
@ConfigMapping(prefix = "lianxi")
public interface GatewayConfig {

    /** Base URL per service short name: {@code case}, {@code liaison}, {@code credit}. */
    Map<String, String> upstream();

    /**
     * Base URL of each service's management interface (管理端口), by the same short names: where the overview reads
     * its readiness ({@code /q/health/ready}), which the service's public port does not serve.
     */
    Map<String, String> management();

    Edge gateway();

    Dashboard dashboard();

    Bulletins bulletins();

    /** The 通报 as PDF: where to find a CJK font (中文字体) to embed. */
    interface Bulletins {
        /**
         * TrueType fonts (.ttf, or collections .ttc) tried in order; the first that exists and has TrueType outlines
         * is embedded (PDFBox cannot embed CFF-flavoured OpenType such as Noto Sans CJK). Debian's
         * {@code fonts-wqy-zenhei} gives the first; none found: the PDF answers 503 naming the font.
         */
        @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
                + "/usr/share/fonts/truetype/arphic/uming.ttc")
        List<String> fonts();
    }

    /** The dashboard's login: a public OIDC client of the realm (authorization code + PKCE). */
    interface Dashboard {
        @WithDefault("lianxi-web")
        String clientId();
    }

    interface Edge {
        /** Largest request body forwarded (bytes); larger bodies get 413. */
        @WithDefault("2097152")
        long maxBodyBytes();

        /** How long one call to a service may take before the caller gets 504. */
        @WithDefault("10s")
        Duration upstreamTimeout();

        Breaker breaker();

        PublicRate publicRate();

        Overview overview();
    }

    /** Circuit breaker per service (熔断): opens after enough failures, probes again after {@code delay}. */
    interface Breaker {
        @WithDefault("8")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        @WithDefault("10s")
        Duration delay();
    }

    /** Token bucket per client address for the anonymous public endpoints (限流). */
    interface PublicRate {
        @WithDefault("20")
        int capacity();

        @WithDefault("1m")
        Duration refillPeriod();
    }

    interface Overview {
        /** How often the live stream pushes a fresh overview. */
        @WithDefault("5s")
        Duration streamInterval();

        @WithDefault("agency-liaison-service,credit-sanction-service,case-service")
        List<String> consumerGroups();

        /** Bound on each Kafka admin call so a dead broker cannot stall the overview. */
        @WithDefault("2s")
        Duration kafkaTimeout();
    }
}
