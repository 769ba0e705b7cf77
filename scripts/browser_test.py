#!/usr/bin/env python3
"""Opens relgraph's report.html in headless Chromium and checks that it works.

Usage: browser_test.py PAGE [--hostile PAGE] [--bare PAGE] [--entity NAME] [--evidence TEXT]
                            [--screenshot PNG] [--screenshot-dir DIR]

Checks, on PAGE: no console errors; the drawing is bound to the data; searching for
--entity (diacritics and case ignored) selects it; clicking its node shows its relations
with evidence (and --evidence, if given); clicking an edge shows the edge's evidence;
zoom, sort and community buttons work. On the --hostile page (names and sentences that
set window.__pwned if they ever run): no console errors, the hostile names render as
text, and after hovering and clicking everything, window.__pwned is still undefined.
On the --bare page (no drawing, scores or communities): no errors, search still works.
Saves screenshots. Prints one line per check; exits 1 on the first failure.
"""
import argparse
import os
import pathlib
import shutil
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)
    print(f"ok: {message}")


def find_binary(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def make_driver():
    options = webdriver.ChromeOptions()
    binary = find_binary("chromium", "chromium-browser", "google-chrome")
    if binary:
        options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1440,960", "--force-device-scale-factor=1", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = find_binary("chromedriver")
    service = Service(driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def open_page(driver, page):
    driver.get(pathlib.Path(page).resolve().as_uri())
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    # The page's script runs at the end of the body; give layout a moment.
    time.sleep(0.3)


def panel_text(driver):
    return driver.find_element(By.ID, "panel").text


def search_and_select(driver, query):
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(query)
    WebDriverWait(driver, 5).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "#search-results li[role=option]")))
    first = driver.find_element(By.CSS_SELECTOR, "#search-results li[role=option] .result-name").text
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#panel .panel-head h2"))
    return first


def selected_entity_id(driver):
    return driver.execute_script(
        "var n = document.querySelector('#viewport g.node.is-selected'); return n && n.getAttribute('data-entity');")


def click_element(driver, element):
    ActionChains(driver).move_to_element(element).pause(0.1).click().perform()
    time.sleep(0.2)


def view_box(driver):
    return driver.execute_script("return document.querySelector('#viewport svg').getAttribute('viewBox')")


def click_edge(driver, edge):
    """Clicks the middle of the edge's curve (the middle of its box may be off the curve)."""
    point = driver.execute_script("""
        var path = arguments[0].querySelector('path');
        var middle = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM());
        return [Math.round(middle.x), Math.round(middle.y)];""", edge)
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(point[0], point[1]).pause(0.1).click()
    actions.perform()
    time.sleep(0.2)


def check_page(driver, page, entity, evidence, screenshot_dir):
    open_page(driver, page)
    errors = console_errors(driver)
    check(not errors, f"no console errors on load ({errors})")
    nodes = driver.find_elements(By.CSS_SELECTOR, "#viewport g.node[data-entity]")
    edges = driver.find_elements(By.CSS_SELECTOR, "#viewport g.edge[data-pair]") or \
        driver.find_elements(By.CSS_SELECTOR, "#viewport g.edge")
    check(len(nodes) > 0, f"the drawing's {len(nodes)} nodes are bound to entities")
    check(driver.find_elements(By.CSS_SELECTOR, "#top-entities tbody tr"), "the table of top entities has rows")
    check(driver.find_elements(By.CSS_SELECTOR, "#legend .legend-item"), "the legend has items")
    native = driver.execute_script(
        "return document.querySelectorAll('#viewport g.node[data-entity] title, #viewport [*|title]').length")
    check(native == 0, "the drawing's native tooltips are replaced by the page's")
    driver.save_screenshot(os.path.join(screenshot_dir, "report-overview.png"))

    name = search_and_select(driver, entity)
    heading = driver.find_element(By.CSS_SELECTOR, "#panel .panel-head h2").text
    check(heading == name, f"searching '{entity}' selects '{name}'")
    entity_id = selected_entity_id(driver)
    check(entity_id is not None, f"the search highlights the node of {entity_id}")
    # The address names the selection: reloading comes back to it.
    driver.refresh()
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#panel .panel-head h2"))
    check(driver.find_element(By.CSS_SELECTOR, "#panel .panel-head h2").text == name,
          "the page's address selects the entity after a reload")

    # Clear, then click the node itself.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    driver.find_element(By.ID, "zoom-fit").click()
    node = driver.find_element(By.CSS_SELECTOR, f'#viewport g.node[data-entity="{entity_id}"]')
    click_element(driver, node)
    check(driver.find_element(By.CSS_SELECTOR, "#panel .panel-head h2").text == name,
          f"clicking the node of {entity_id} shows it in the panel")
    sentences = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#panel .evidence blockquote")]
    check(sentences and all(sentences), f"the panel shows {len(sentences)} evidence sentences")
    check(driver.find_elements(By.CSS_SELECTOR, "#panel .evidence cite"), "the panel names the documents")
    if evidence:
        check(any(evidence in s for s in sentences), f"the panel shows the sentence '{evidence}'")
    check(driver.find_elements(By.CSS_SELECTOR, "#panel .scores tr"), "the panel shows the centralities")

    # Hover shows a tooltip.
    ActionChains(driver).move_to_element(node).pause(0.2).perform()
    tooltip = driver.find_element(By.ID, "tooltip")
    check(tooltip.is_displayed() and name in tooltip.text, "hovering the node shows its tooltip")

    # An edge of the selected node.
    edge = driver.execute_script("""
        var id = arguments[0];
        var edges = Array.from(document.querySelectorAll('#viewport g.edge[data-pair]'));
        return edges.find(function (e) { return e.getAttribute('data-pair').split('\\u001f').indexOf(id) >= 0; })
            || edges[0];""", entity_id)
    check(edge is not None, "the drawing has edges bound to relations")
    driver.find_element(By.ID, "zoom-fit").click()
    click_edge(driver, edge)
    check("Relations between" in panel_text(driver), "clicking an edge shows its relations")
    check(driver.find_elements(By.CSS_SELECTOR, "#panel .evidence blockquote"), "the edge's panel shows evidence")
    driver.save_screenshot(os.path.join(screenshot_dir, "report-edge.png"))

    # Zoom buttons and the wheel change the view; Fit restores it.
    svg = driver.find_element(By.CSS_SELECTOR, "#viewport svg")
    fitted = view_box(driver)
    driver.find_element(By.ID, "zoom-in").click()
    check(view_box(driver) != fitted, "the zoom button zooms")
    driver.find_element(By.ID, "zoom-fit").click()
    check(view_box(driver) == fitted, "Fit restores the whole drawing")
    ActionChains(driver).scroll_to_element(svg).scroll_from_origin(
        webdriver.common.actions.wheel_input.ScrollOrigin.from_element(svg), 0, -200).perform()
    time.sleep(0.2)
    check(view_box(driver) != fitted, "the mouse wheel zooms")
    driver.find_element(By.ID, "zoom-fit").click()

    # Dragging pans without selecting; the next click still works.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    before_drag = view_box(driver)
    driver.find_element(By.ID, "zoom-fit").click()
    start = driver.find_element(By.CSS_SELECTOR, f'#viewport g.node[data-entity="{entity_id}"]')
    ActionChains(driver).move_to_element(start).click_and_hold().move_by_offset(60, 40) \
        .move_by_offset(40, 20).release().perform()
    time.sleep(0.2)
    check(view_box(driver) != before_drag, "dragging pans the drawing")
    check(not driver.find_elements(By.CSS_SELECTOR, "#viewport .is-selected"), "dragging from a node pans and selects nothing")
    driver.find_element(By.ID, "zoom-fit").click()
    check(view_box(driver) == fitted, "a click after a drag still works")

    # Sorting the table by entity name, then back by a measure.
    driver.find_element(By.XPATH, "//div[@id='top-entities']//th/button[text()='Entity']").click()
    names = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "#top-entities tbody td:nth-child(2)")]
    folded = [driver.execute_script(
        "return arguments[0].normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase()", n) for n in names]
    check(len(names) > 1 and folded == sorted(folded), "clicking 'Entity' sorts the table by name")
    last = driver.find_elements(By.CSS_SELECTOR, "#top-entities th button")[-1]
    column = len(driver.find_elements(By.CSS_SELECTOR, "#top-entities th"))
    last.click()
    values = [c.text for c in driver.find_elements(By.CSS_SELECTOR, f"#top-entities tbody td:nth-child({column})")]
    numbers = [float(v) for v in values if v not in ("", "\u2014")]
    check(numbers == sorted(numbers, reverse=True), f"clicking a measure sorts by it, highest first")

    chips = driver.find_elements(By.CSS_SELECTOR, "#communities .chip")
    if chips:
        chip_name = chips[0].text
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", chips[0])
        chips[0].click()
        check(driver.find_element(By.CSS_SELECTOR, "#panel .panel-head h2").text == chip_name,
              "clicking a community member selects it")

    # The screenshot for the README: the entity selected, its evidence in the panel,
    # the whole drawing in view.
    driver.execute_script("window.scrollTo(0, 0);")
    search_and_select(driver, entity)
    driver.find_element(By.ID, "search").send_keys(Keys.ESCAPE)
    driver.execute_script("document.activeElement.blur();")
    driver.find_element(By.ID, "zoom-fit").click()
    ActionChains(driver).move_to_element(driver.find_element(By.CSS_SELECTOR, ".top h1")).perform()
    time.sleep(0.3)
    errors = console_errors(driver)
    check(not errors, f"no console errors after interaction ({errors})")


def check_hostile(driver, page, screenshot_dir):
    open_page(driver, page)
    errors = console_errors(driver)
    check(not errors, f"no console errors on the hostile page ({errors})")
    check(driver.execute_script("return document.querySelectorAll('script').length") == 2,
          "the hostile page has only its own two scripts")
    check(driver.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0,
          "no element was injected by hostile data")
    search_and_select(driver, "script")
    heading = driver.find_element(By.CSS_SELECTOR, "#panel .panel-head h2").text
    check("<script>" in heading, f"a hostile name renders as text: {heading}")
    check("<img src=x" in panel_text(driver), "a hostile sentence renders as text")
    search_and_select(driver, "tostring")
    check("toString met valueOf." in panel_text(driver), "an entity with id __proto__ works like any other")
    for node in driver.find_elements(By.CSS_SELECTOR, "#viewport g.node"):
        driver.find_element(By.ID, "zoom-fit").click()
        ActionChains(driver).move_to_element(node).pause(0.05).perform()
        click_element(driver, node)
    for edge in driver.find_elements(By.CSS_SELECTOR, "#viewport g.edge"):
        driver.find_element(By.ID, "zoom-fit").click()
        click_edge(driver, edge)
    for index in range(len(driver.find_elements(By.CSS_SELECTOR, "#top-entities th button"))):
        driver.find_elements(By.CSS_SELECTOR, "#top-entities th button")[index].click()
    driver.save_screenshot(os.path.join(screenshot_dir, "report-hostile.png"))
    check(driver.execute_script("return typeof window.__pwned") == "undefined",
          "no script from the data ran (window.__pwned is undefined)")
    errors = console_errors(driver)
    check(not errors, f"no console errors after clicking everything on the hostile page ({errors})")


def check_bare(driver, page):
    open_page(driver, page)
    errors = console_errors(driver)
    check(not errors, f"no console errors on a page without drawing, scores or communities ({errors})")
    name = search_and_select(driver, "azerb")
    check(driver.find_elements(By.CSS_SELECTOR, "#panel .evidence blockquote"),
          f"without a drawing, searching selects {name} and shows its evidence")
    check("No communities were computed." in driver.find_element(By.ID, "communities").text,
          "the page says that no communities were computed")
    errors = console_errors(driver)
    check(not errors, f"no console errors after using the bare page ({errors})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page")
    parser.add_argument("--hostile")
    parser.add_argument("--bare", help="a page without drawing, scores or communities")
    parser.add_argument("--entity", default="szijjarto")
    parser.add_argument("--evidence")
    parser.add_argument("--screenshot", help="where to save the README screenshot")
    parser.add_argument("--screenshot-dir", default=".")
    args = parser.parse_args()
    os.makedirs(args.screenshot_dir, exist_ok=True)
    driver = make_driver()
    try:
        check_page(driver, args.page, args.entity, args.evidence, args.screenshot_dir)
        final = os.path.join(args.screenshot_dir, "report-screenshot.png")
        driver.save_screenshot(final)
        if args.screenshot:
            shutil.copyfile(final, args.screenshot)
        if args.hostile:
            check_hostile(driver, args.hostile, args.screenshot_dir)
        if args.bare:
            check_bare(driver, args.bare)
    except CheckFailed as failure:
        print(f"FAIL: {failure}")
        driver.save_screenshot(os.path.join(args.screenshot_dir, "report-failure.png"))
        return 1
    finally:
        driver.quit()
    print("PASS: " + ", ".join(p for p in (args.page, args.hostile, args.bare) if p))
    return 0


if __name__ == "__main__":
    sys.exit(main())
