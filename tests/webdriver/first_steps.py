"""Drives the Kanta Extranet app through tauri-driver from Python with Selenium: the testers'
example (see tests/TESTERS.md). It starts the app, waits for the start screen, switches the
language to Swedish and back, logs in to the built-in test environment as a test person, reads
the About section of the help page (the version, the licences), and saves a screenshot. Elements are found only by the documented test ids (tests/webdriver/
test-ids.md).

    python first_steps.py --app /usr/bin/kanta-extranet [--driver http://127.0.0.1:4444]
                          [--person tiina-testaaja] [--screenshot start.png]

tauri-driver must be running already (on Linux beside WebKitWebDriver, on Windows beside
msedgedriver). Exits 0 when every step did what it should, 1 with the step that did not.
"""

import argparse
import sys

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support.ui import WebDriverWait

# A cold start of a debug build on a loaded 2-core machine takes a few seconds; a test that
# waits longer than this is waiting for something that will not come.
PATIENCE_SECONDS = 30


def by_testid(testid):
    return (By.CSS_SELECTOR, f'[data-testid="{testid}"]')


class App:
    def __init__(self, driver_url, app_path):
        options = ArgOptions()
        # tauri-driver's one capability: the app binary to start. It ends with the session.
        options.set_capability("tauri:options", {"application": app_path})
        self.driver = webdriver.Remote(command_executor=driver_url, options=options)
        self.wait = WebDriverWait(self.driver, PATIENCE_SECONDS)

    def element(self, testid):
        return self.wait.until(lambda d: d.find_element(*by_testid(testid)), f"{testid} did not appear")

    def click(self, testid):
        self.wait.until(lambda d: d.find_element(*by_testid(testid)).is_enabled(), f"{testid} stayed disabled")
        self.element(testid).click()

    def text(self, testid):
        return self.element(testid).text.strip()

    def until(self, what, check):
        self.wait.until(lambda _d: check(), what)

    def language(self):
        return self.driver.execute_script("return document.documentElement.lang")

    def quit(self):
        self.driver.quit()


def first_steps(app, person, screenshot):
    heading_fi = app.text("start-heading")
    print(f"start screen (fi): {heading_fi}")
    if app.language() != "fi":
        # The app follows the OS locale on its first start; a tester's machine may be Swedish.
        app.click("lang-fi")
        app.until("the page did not turn Finnish", lambda: app.language() == "fi")
        heading_fi = app.text("start-heading")

    app.click("lang-sv")
    app.until("the page did not turn Swedish", lambda: app.language() == "sv")
    app.until("the heading was not translated", lambda: app.text("start-heading") not in ("", heading_fi))
    print(f"start screen (sv): {app.text('start-heading')}")
    app.click("lang-fi")
    app.until("the heading did not come back in Finnish", lambda: app.text("start-heading") == heading_fi)

    app.click("log-in")
    app.click(f"test-person-{person}")
    app.click("login-submit")
    print(f"logged in: {app.text('identity')}")

    # The help page's About section: the build, and the licences of what it ships.
    app.click("nav-help")
    print(f"about: {app.text('about-version')}")
    app.click("about-licences-show")
    app.element("about-licences")
    groups = app.driver.find_elements(By.CSS_SELECTOR, '[data-testid^="licence-"]')
    complete = not app.driver.find_elements(*by_testid("about-licences-incomplete"))
    print(f"licences: {len(groups)} texts, {'complete' if complete else 'incomplete'}")
    app.click("help-back")

    if screenshot:
        app.driver.save_screenshot(screenshot)
        print(f"screenshot: {screenshot}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", required=True, help="the kanta-extranet binary to start")
    parser.add_argument("--driver", default="http://127.0.0.1:4444", help="tauri-driver's address")
    parser.add_argument("--person", default="tiina-testaaja", help="the test person to log in as")
    parser.add_argument("--screenshot", help="where to save a screenshot after the login")
    args = parser.parse_args()

    app = App(args.driver, args.app)
    try:
        first_steps(app, args.person, args.screenshot)
    except TimeoutException as e:
        print(f"failed: {e.msg}", file=sys.stderr)
        return 1
    finally:
        app.quit()
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
