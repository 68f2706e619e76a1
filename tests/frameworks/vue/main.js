// The browser entry of the Vue test: mounts App.vue with the props (chart ids) the page gives in
// #app's data attributes.
import { createApp } from 'vue';
import App from './App.vue';

const { first, second, next } = document.getElementById('app').dataset;
window.drawnEvents = [];
window.vueApp = createApp(App, { first, second, next });
window.vueApp.mount('#app');
