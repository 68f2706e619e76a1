// The browser entry of the Vue test: imports the pictures' stylesheet (Vite links it from the
// page) and mounts App.vue with the props (chart ids) the page gives in #app's data attributes;
// then records each element as mounting left it, before any draw (window.mounted): its state, its
// box and its light DOM's nodes.
import 'apac-ai-charts/embed.css';
import { createApp } from 'vue';
import App from './App.vue';

const { first, second, next } = document.getElementById('app').dataset;
window.drawnEvents = [];
window.vueApp = createApp(App, { first, second, next });
window.vueApp.mount('#app');
window.mounted = [...document.querySelectorAll('apac-ai-chart')].map((el) => ({
  state: el.state, rect: el.getBoundingClientRect().toJSON(), nodes: [...el.childNodes],
}));
