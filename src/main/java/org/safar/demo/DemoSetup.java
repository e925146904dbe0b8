package org.safar.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the embedded default, fills an empty installation with the demo programmes, staff and people. */
@Component
@ConditionalOnProperty(name = "safar.demo.enabled", havingValue = "true")
class DemoSetup {

    private final DemoData data;
    private final DemoIdentity identity;

    DemoSetup(DemoData data, DemoIdentity identity) {
        this.data = data;
        this.identity = identity;
    }

    @EventListener
    @Order(2)
    void onEngineReady(ApplicationReadyEvent event) {
        data.load();
        identity.create();
    }
}
