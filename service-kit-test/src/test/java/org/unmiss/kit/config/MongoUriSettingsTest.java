package org.unmiss.kit.config;

import com.mongodb.AuthenticationMechanism;
import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.internal.MongoClientImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unmiss.kit.sample.SampleApplication;
import org.unmiss.kit.sealing.FieldSealer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production MongoDB (authentication and TLS) is configured by MONGODB_URI alone: the client the
 * service actually builds carries the credentials, TLS, replica set and hosts of that URI.
 */
class MongoUriSettingsTest {

    @Test
    void credentialsAndTlsFromMongodbUriReachTheClient() {
        String uri = "mongodb://svc-personnel:s3cret%40pw@db1.example.org:27017,db2.example.org:27018/"
                + "?replicaSet=rs0&tls=true&authSource=admin&authMechanism=SCRAM-SHA-256&serverSelectionTimeoutMS=500";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class).run(
                "--server.port=0", "--MONGODB_URI=" + uri,
                // nothing listens at these hosts: no index may be created while starting
                "--spring.data.mongodb.auto-index-creation=false",
                "--unmiss.clients.service-account.client-secret=" + UUID.randomUUID(),
                "--unmiss.sealing.keyset=" + FieldSealer.newKeyset())) {
            MongoClientSettings settings = ((MongoClientImpl) context.getBean(MongoClient.class)).getSettings();

            assertThat(settings.getCredential()).isNotNull();
            assertThat(settings.getCredential().getUserName()).isEqualTo("svc-personnel");
            assertThat(settings.getCredential().getPassword()).containsExactly("s3cret@pw".toCharArray());
            assertThat(settings.getCredential().getSource()).isEqualTo("admin");
            assertThat(settings.getCredential().getAuthenticationMechanism()).isEqualTo(AuthenticationMechanism.SCRAM_SHA_256);
            assertThat(settings.getSslSettings().isEnabled()).isTrue();
            assertThat(settings.getSslSettings().isInvalidHostNameAllowed()).isFalse();
            assertThat(settings.getClusterSettings().getRequiredReplicaSetName()).isEqualTo("rs0");
            assertThat(settings.getClusterSettings().getHosts())
                    .containsExactly(new ServerAddress("db1.example.org", 27017), new ServerAddress("db2.example.org", 27018));
        }
    }
}
