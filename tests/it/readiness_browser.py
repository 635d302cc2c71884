"""Loads qsy's readiness HTML page in Debian's headless Chromium (selenium, chromedriver;
--no-sandbox as root; offline: the page is a local file and loads nothing else) and prints
what it shows as JSON: the chart's count per outcome, the table's visible rows per outcome
after choosing each outcome in the filter, and the row count. Takes a screenshot.

Usage: readiness_browser.py PAGE.html SCREENSHOT.png. Any missing piece is an error (exit 1).
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

page, shot = sys.argv[1], sys.argv[2]
options = Options()
options.binary_location = "/usr/bin/chromium"
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1280,1600", "--no-proxy-server", "--disable-background-networking"):
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get("file://" + page)
    chart = {}
    for bar in driver.find_elements(By.CSS_SELECTOR, "#chart g.bar"):
        shown = bar.find_element(By.CSS_SELECTOR, "text.count").text
        declared = bar.get_attribute("data-count")
        if shown != declared:
            raise SystemExit(f"bar {bar.get_attribute('data-outcome')} shows {shown}, declares {declared}")
        width = float(bar.find_element(By.CSS_SELECTOR, "rect").get_attribute("width"))
        if int(shown) > 0 and width <= 0:
            raise SystemExit("a bar with a count has no width")
        chart[bar.get_attribute("data-outcome")] = int(shown)
    rows = driver.find_elements(By.CSS_SELECTOR, "#profiles tbody tr")
    select = Select(driver.find_element(By.ID, "outcome"))
    table = {}
    for outcome in chart:
        select.select_by_value(outcome)
        table[outcome] = sum(1 for r in rows if r.is_displayed())
    select.select_by_value("")
    if sum(1 for r in rows if r.is_displayed()) != len(rows):
        raise SystemExit("choosing All does not show every row again")
    driver.save_screenshot(shot)
    print(json.dumps({"chart": chart, "table": table, "rows": len(rows)}))
finally:
    driver.quit()
