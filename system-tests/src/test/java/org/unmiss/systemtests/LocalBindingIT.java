package org.unmiss.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a local run the gateway is the only port another machine can reach: the services and
 * Keycloak listen on loopback, so from this machine's own network address they refuse
 * connections while the gateway accepts them.
 */
@ExtendWith(PlatformExtension.class)
@Order(1)
class LocalBindingIT {

    private static final int[] LOOPBACK_ONLY = java.util.stream.IntStream.of(18081, 18082, 18083, 18084, 18085, 18180, 19000)
            .map(port -> port + Platform.PORT_OFFSET).toArray();

    @Test
    void onlyTheGatewayIsReachableOnTheMachinesNetworkAddress() throws SocketException {
        InetAddress network = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> { try { return nic.isUp() && !nic.isLoopback(); } catch (SocketException e) { return false; } })
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst().orElseThrow(() -> new AssertionError("this machine has no network address to test from"));

        assertThat(accepts(network, Platform.GATEWAY_PORT)).as("gateway on " + network).isTrue();
        for (int port : LOOPBACK_ONLY) {
            assertThat(accepts(InetAddress.getLoopbackAddress(), port)).as("port " + port + " on loopback").isTrue();
            assertThat(accepts(network, port)).as("port " + port + " on " + network).isFalse();
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
