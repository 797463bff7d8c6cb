#!/usr/bin/env bash
# Refreshes the dashboard's third-party assets from the npm registry into
# crates/server/assets/vendor (they are committed so that building needs no network).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
(cd "$tmp" && npm init -y >/dev/null && npm install --silent leaflet@1.9.4 uplot@1.6.32 world-atlas@2.0.2 topojson-client@3)
v=crates/server/assets/vendor
cp "$tmp"/node_modules/leaflet/dist/leaflet.{js,css} "$v"/
cp "$tmp"/node_modules/uplot/dist/uPlot.iife.min.js "$tmp"/node_modules/uplot/dist/uPlot.min.css "$v"/
cp "$tmp"/node_modules/leaflet/LICENSE "$v"/LICENSE.leaflet
cp "$tmp"/node_modules/uplot/LICENSE "$v"/LICENSE.uplot
cp "$tmp"/node_modules/world-atlas/LICENSE "$v"/LICENSE.world-atlas
# Syria and its neighbours from Natural Earth 1:50m (public domain), as GeoJSON.
(cd "$tmp" && node -e "
const topo=require('topojson-client'); const w=require('world-atlas/countries-50m.json');
const fc=topo.feature(w, w.objects.countries);
const keep=['Syria','Turkey','Iraq','Jordan','Lebanon','Israel'];
const f=fc.features.filter(x=>keep.includes(x.properties.name)).sort((a,b)=>(b.properties.name==='Syria')-(a.properties.name==='Syria'));
process.stdout.write(JSON.stringify({type:'FeatureCollection',attribution:'Natural Earth (public domain) via world-atlas',features:f}));
") > "$v"/syria.geojson
rm -rf "$tmp"
echo "vendored into $v"
