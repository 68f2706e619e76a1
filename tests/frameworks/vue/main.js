// The browser entry of the Vue test: mounts App.vue.
import { createApp } from 'vue';
import App from './App.vue';

window.drawnEvents = [];
window.vueApp = createApp(App);
window.vueApp.mount('#app');
