package org.safar.funding;

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
@RequestMapping("/api/budget-lines")
class BudgetLineController {

    private final BudgetLineService lines;

    BudgetLineController(BudgetLineService lines) {
        this.lines = lines;
    }

    @GetMapping
    List<BudgetLineView> list() {
        return lines.all();
    }

    @GetMapping("/{id}")
    BudgetLineView get(@PathVariable Long id) {
        return lines.view(id);
    }

    /** Validated by the service, after it checked that finance asks. */
    @PostMapping
    ResponseEntity<BudgetLineView> create(@RequestBody NewBudgetLine request) {
        Long id = lines.create(request);
        return ResponseEntity.created(URI.create("/api/budget-lines/" + id)).body(lines.view(id));
    }
}
