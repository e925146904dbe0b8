package org.safar.debriefing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A good practice found abroad; it enters the library when its report is accepted. */
@Entity
public class GoodPractice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private TripReport report;

    /** Order in the report. */
    private int position;

    private String title;
    private String description;
    private String whereItApplies;

    protected GoodPractice() {
    }

    GoodPractice(TripReport report, int position, String title, String description, String whereItApplies) {
        this.report = report;
        this.position = position;
        this.title = title;
        this.description = description;
        this.whereItApplies = whereItApplies;
    }

    public Long getId() {
        return id;
    }

    public TripReport getReport() {
        return report;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getWhereItApplies() {
        return whereItApplies;
    }
}
