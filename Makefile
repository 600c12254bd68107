# The two commands of the README: `make site` builds the help site, `make test` runs the tests.
.PHONY: site test tools clean

site:
	Scripts/ensure-libcmark.sh
	Scripts/ensure-libsqlite3.sh
	swift build -c release --product waymark
	$$(swift build -c release --show-bin-path)/waymark build

tools:
	Scripts/install-test-tools.sh

test: tools
	Scripts/check-format.sh
	Scripts/check-sizes.py --self-test
	Scripts/check-sizes.py
	WAYMARK_REQUIRE_BROWSER=1 swift test
	Scripts/check-site.sh
	Scripts/check-lint.sh
	Scripts/fuzz.sh

clean:
	rm -rf .build Site
