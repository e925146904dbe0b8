package org.safar.programme;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    List<ProgrammeView> list() {
        return programmes.all().stream().map(ProgrammeView::of).toList();
    }

    @GetMapping("/{id}")
    ProgrammeView get(@PathVariable Long id) {
        return ProgrammeView.of(programmes.get(id));
    }

    @PostMapping
    ResponseEntity<ProgrammeView> create(@Valid @RequestBody NewProgramme request) {
        Programme created = programmes.create(request);
        return ResponseEntity.created(URI.create("/api/programmes/" + created.getId())).body(ProgrammeView.of(created));
    }
}
