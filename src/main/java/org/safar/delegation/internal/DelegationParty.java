package org.safar.delegation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One group or person that has had work on a delegation; read in queries, written by {@link DelegationParties}. */
@Entity
@Table(name = "delegation_party")
class DelegationParty {

    @EmbeddedId
    private Key key;

    protected DelegationParty() {
    }

    @Embeddable
    record Key(@Column(name = "delegation_id") Long delegationId, @Column(name = "party") String party)
            implements Serializable {
    }
}
