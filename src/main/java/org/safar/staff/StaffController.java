package org.safar.staff;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff")
class StaffController {

    private final StaffService staff;

    StaffController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    List<StaffView> search(@RequestParam(required = false) String name,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String region) {
        return staff.search(name, organisation, region);
    }

    @GetMapping("/{id}")
    StaffView get(@PathVariable Long id) {
        return staff.view(id);
    }

    @PostMapping
    ResponseEntity<StaffView> create(@Valid @RequestBody NewStaffMember request) {
        StaffView created = staff.create(request);
        return ResponseEntity.created(URI.create("/api/staff/" + created.id())).body(created);
    }
}
