package org.safar.debriefing;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The library of good practices, open to every Safar user. */
@RestController
@RequestMapping("/api/good-practices")
class GoodPracticeController {

    private final GoodPracticeLibrary library;

    GoodPracticeController(GoodPracticeLibrary library) {
        this.library = library;
    }

    @GetMapping
    List<GoodPracticeView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String country) {
        return library.search(q, country);
    }
}
